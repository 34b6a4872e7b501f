package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.organisation.UnitKind;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.TreeNode;

/** admin/units.xhtml: the unit tree, a create/edit dialog, deactivate and activate. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private List<UnitRow> rows = List.of();
  private Map<Long, Unit> unitsById = Map.of();
  private TreeNode<UnitRow> root;
  private boolean showInactive;
  private Unit editing;

  @PostConstruct
  void load() {
    List<Unit> units = organisation.allUnits();
    unitsById = units.stream().collect(Collectors.toMap(Unit::getId, u -> u));
    rows = units.stream().map(UnitRow::of).toList();
    rebuild();
  }

  /** The "显示已停用" switch changed. */
  public void rebuild() {
    root = UnitTree.build(rows, showInactive);
  }

  public void startCreate() {
    editing = new Unit(null, null, UnitKind.DEPARTMENT, null);
  }

  public void startEdit(UnitRow row) {
    editing = organisation.findUnit(row.id()).orElse(null);
  }

  public void save() {
    try {
      organisation.saveUnit(activeUser.getUsername(), editing);
      AdminTexts.info(messages, "common.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      load();
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  public void setActive(UnitRow row, boolean active) {
    try {
      organisation.setUnitActive(activeUser.getUsername(), row.id(), active);
      AdminTexts.info(messages, active ? "units.activated" : "units.deactivated", row.name());
      load();
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  /** Parent candidates for the dialog, indented by depth: active units, the current parent, never the unit itself. */
  public List<UnitTree.Line> getParentChoices() {
    Long self = editing == null ? null : editing.getId();
    Long current = getParentId();
    return UnitTree.lines(rows, true).stream()
        .filter(l -> l.unit().active() || l.unit().id().equals(current))
        .filter(l -> !l.unit().id().equals(self))
        .toList();
  }

  public Long getParentId() {
    return editing == null || editing.getParent() == null ? null : editing.getParent().getId();
  }

  public void setParentId(Long parentId) {
    editing.setParent(parentId == null ? null : unitsById.get(parentId));
  }

  public UnitKind[] getKinds() {
    return UnitKind.values();
  }

  public TreeNode<UnitRow> getRoot() {
    return root;
  }

  public boolean isShowInactive() {
    return showInactive;
  }

  public void setShowInactive(boolean showInactive) {
    this.showInactive = showInactive;
  }

  public Unit getEditing() {
    return editing;
  }
}
