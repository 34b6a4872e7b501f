package org.jgsw.portal.adapter.learningpath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.course.application.LearningPaths;
import org.jgsw.course.domain.LearningPath;
import org.jgsw.course.domain.SkillGap;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.competency.WorkforceService;

/**
 * Gap → training: computes a person's gaps with the competency module (against their post's model,
 * or a target post's) and asks course-content for the courses that close them. The two modules meet
 * only here: competency {@link Gap}s are handed over as course-content {@link SkillGap}s.
 */
@ApplicationScoped
public class LearningPathService {

  @Inject WorkforceService workforce;
  @Inject ModelCatalog catalog;
  @Inject LearningPaths paths;
  @PersistenceContext EntityManager em;


  /** The competency profile of the account's person; empty when the account has none. */
  public Optional<PersonCompetency> profileOf(String username) {
    return workforce.ofUser(username);
  }

  /** The posts one may prepare for: every post with a published model, by post code. */
  public List<ModelSummary> targetPosts() {
    return catalog.current();
  }

  /** The current model of a post that has one; empty for an unknown post or one without a published model. */
  public Optional<PostModel> modelOf(String postCode) {
    return postCode == null || postCode.isBlank() ? Optional.empty() : catalog.currentOf(postCode.strip());
  }

  /** The person's path against their own post's model. */
  public LearningPathView pathOf(PersonCompetency person) {
    return view(person, person.model(), person.gaps(), false);
  }

  /** The person's gap to {@code target} (a post they prepare for) and its path. */
  public LearningPathView pathTo(PersonCompetency person, PostModel target) {
    return view(person, target, target.gapsOf(person.person().key(), person.levels()), true);
  }

  private LearningPathView view(PersonCompetency person, PostModel model, GapReport report, boolean target) {
    String name = person.person().name();
    if (model == null || report == null) {
      return new LearningPathView(name, person.person().postCode(), person.person().postName(), null, target, List.of(), List.of());
    }
    List<SkillGap> gaps = report.gaps().stream().map(LearningPathService::skillGap).toList();
    LearningPath path = paths.pathFor(staffNoOf(person.person().key()), gaps);
    String postCode = model.post().value();
    String postName = catalog.posts().getOrDefault(postCode, new String[] {postCode})[0];
    List<LearningPathView.Item> items = path.steps().stream().map(s -> new LearningPathView.Item(s.course().value(), s.courseTitle(),
        s.gap().competencyCode(), s.gap().competencyName(), s.gap().currentLevel(), s.toLevel(), s.gap().requiredLevel(), s.gap().weight(),
        s.reason(), s.raises().stream().map(r -> new LearningPathView.Raise(r.competencyName(), r.fromLevel(), r.toLevel())).toList()))
        .toList();
    List<LearningPathView.Uncovered> uncovered = path.uncovered().stream().map(g -> new LearningPathView.Uncovered(g.competencyCode(),
        g.competencyName(), g.currentLevel(), g.requiredLevel())).toList();
    return new LearningPathView(name, postCode, postName, model.id().toString(), target, items, uncovered);
  }

  /** A competency gap in course-content's terms. */
  static SkillGap skillGap(Gap g) {
    return new SkillGap(g.competency().value(), g.name(), g.current(), g.required(), g.weight());
  }

  /** Course-content knows people by staff number; the competency profile by key (S + person id). */
  private String staffNoOf(String key) {
    return em.createQuery("SELECT p.staffNo FROM Person p WHERE p.id = :id", String.class)
        .setParameter("id", SubjectKind.idOf(key)).getResultStream().findFirst().orElse(key);
  }
}
