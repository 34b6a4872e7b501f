package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.PrimeFaces;

/** admin/posts.xhtml: posts paged and sorted in SQL, a search box and unit filter, a create/edit dialog. */
@Named
@ViewScoped
public class PostsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private String text;
  private Long unitId;
  private boolean showInactive;
  private List<Unit> units = List.of();
  private PagedModel<Post> posts;
  private Post editing;

  @PostConstruct
  void init() {
    units = organisation.allUnits();
    posts = new PagedModel<>(
        Post::getId,
        () -> organisation.countPosts(text, unitId, showInactive),
        (first, size, sort, ascending) -> organisation.searchPosts(text, unitId, showInactive, first, size, sort, ascending));
  }

  public void startCreate() {
    editing = new Post(null, null, null);
  }

  public void startEdit(Post row) {
    editing = organisation.findPost(row.getId()).orElse(null);
  }

  public void save() {
    try {
      organisation.savePost(activeUser.getUsername(), editing);
      AdminTexts.info(messages, "common.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  public void setActive(Post row, boolean active) {
    organisation.setPostActive(activeUser.getUsername(), row.getId(), active);
    AdminTexts.info(messages, active ? "posts.activated" : "posts.deactivated", row.getName());
  }

  /** The unit of the post being edited, by id: the select lists units loaded with the page, no converter needed. */
  public Long getEditingUnitId() {
    return editing == null || editing.getUnit() == null ? null : editing.getUnit().getId();
  }

  public void setEditingUnitId(Long id) {
    editing.setUnit(id == null ? null : units.stream().filter(u -> u.getId().equals(id)).findFirst().orElse(null));
  }

  /** Units a post may be created in: the active ones, plus the current unit of the post being edited. */
  public List<Unit> getUnitChoices() {
    Unit current = editing == null ? null : editing.getUnit();
    return units.stream().filter(u -> u.isActive() || u.equals(current)).toList();
  }

  public List<Unit> getUnits() {
    return units;
  }

  public PagedModel<Post> getPosts() {
    return posts;
  }

  public Post getEditing() {
    return editing;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public boolean isShowInactive() {
    return showInactive;
  }

  public void setShowInactive(boolean showInactive) {
    this.showInactive = showInactive;
  }
}
