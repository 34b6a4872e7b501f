package org.jgsw.portal.web.learning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.portal.adapter.learningpath.LearningPathService;
import org.jgsw.portal.adapter.learningpath.LearningPathView;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * The signed-in user's recommended learning path (推荐学习路径) on 我的学习 and on their competency
 * page, where they may also pick a target post (rotation, promotion) to see the gap to it and its
 * path. Always the caller's own.
 */
@Named
@ViewScoped
public class LearningPathBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LearningPathService paths;
  @Inject ActiveUser activeUser;

  private LearningPathView path;
  private LearningPathView targetPath;
  private List<ModelSummary> targets = List.of();
  private String targetPost;

  @PostConstruct
  void load() {
    path = paths.profileOf(activeUser.getUsername()).map(paths::pathOf).orElse(null);
  }

  /** The posts with a published model, for the target-post choice (read when the page asks for them). */
  public List<ModelSummary> getTargets() {
    if (targets.isEmpty()) {
      targets = paths.targetPosts();
    }
    return targets;
  }

  /** Shows the gap to the chosen target post and its path; a blank choice clears it. */
  public void showTarget() {
    targetPath = null;
    if (targetPost == null || targetPost.isBlank()) {
      return;
    }
    Optional<PersonCompetency> me = paths.profileOf(activeUser.getUsername());
    Optional<PostModel> model = paths.modelOf(targetPost);
    if (me.isEmpty() || model.isEmpty()) {
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "所选岗位没有已发布的岗位胜任力模型，请重新选择", null));
      return;
    }
    targetPath = paths.pathTo(me.get(), model.get());
  }

  public LearningPathView getPath() {
    return path;
  }

  public LearningPathView getTargetPath() {
    return targetPath;
  }

  public String getTargetPost() {
    return targetPost;
  }

  public void setTargetPost(String targetPost) {
    this.targetPost = targetPost;
  }
}
