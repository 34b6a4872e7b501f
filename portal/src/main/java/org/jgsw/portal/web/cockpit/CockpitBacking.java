package org.jgsw.portal.web.cockpit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.cockpit.Cockpit;
import org.jgsw.portal.cockpit.Cockpit.GapMovement;
import org.jgsw.portal.cockpit.Cockpit.PersonRow;
import org.jgsw.portal.cockpit.Cockpit.TrainingRow;
import org.jgsw.portal.cockpit.CockpitService;
import org.jgsw.portal.web.hr.ChartJson;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.jgsw.portal.web.training.TrainingCharts;

/**
 * cockpit/index.xhtml?unit=…: one unit's cockpit (default the user's own bureau) with a chart and a
 * table per section and drill-down to the units below and to the unit's own people. The figures are
 * the service's (the same as {@code GET /api/cockpit}); this class only shapes charts and links.
 */
@Named
@ViewScoped
public class CockpitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CockpitService service;
  @Inject ActiveUser user;
  @Inject Messages messages;

  private String unit;
  private Cockpit cockpit;

  public void load() {
    Long id = null;
    if (unit != null && !unit.isBlank()) {
      try {
        id = Long.valueOf(unit.strip());
      } catch (NumberFormatException e) {
        messages.error("cockpit.unit.unknown", unit);
        return;
      }
    }
    try {
      cockpit = service.cockpit(id, user.getUsername(), user.hasRole(Role.ADMIN_NAME)).orElse(null);
      if (cockpit == null) {
        messages.error("cockpit.unit.unknown", unit);
      }
    } catch (CockpitService.OutOfScope e) {
      messages.error("cockpit.unit.outOfScope");
    }
  }

  public Cockpit getCockpit() {
    return cockpit;
  }

  /** The sub-unit rows followed by the total, as the tables show them. */
  public List<TrainingRow> getTrainingRows() {
    List<TrainingRow> rows = new ArrayList<>(cockpit.training());
    rows.add(cockpit.trainingTotal());
    return rows;
  }

  public boolean isTotal(TrainingRow row) {
    return row == cockpit.trainingTotal();
  }

  /** A unit below opens its own cockpit (its units, or its people when it has none); the total and own-people rows do not. */
  public boolean drillable(TrainingRow row) {
    return !isTotal(row) && !row.ownPeople();
  }

  public String rowName(TrainingRow row) {
    return isTotal(row) ? messages.text("cockpit.total") : row.ownPeople() ? messages.text("cockpit.ownPeople", row.unit().name()) : row.unit().name();
  }

  public String getCompletionChart() {
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put(messages.text("cockpit.training.completionRate"), values(TrainingRow::completionRate));
    series.put(messages.text("cockpit.training.onlineMetRate"), values(r -> percent(r.peopleMeetingOnlineRequirement(), r.people())));
    return TrainingCharts.bars(labels(), series, 100);
  }

  public String getEvaluationChart() {
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put(messages.text("cockpit.eval.l1"), values(TrainingRow::l1Average));
    series.put(messages.text("cockpit.eval.l3"), values(TrainingRow::l3Average));
    return TrainingCharts.bars(labels(), series, 5);
  }

  public String getPassChart() {
    return TrainingCharts.bars(labels(), Map.of(messages.text("cockpit.eval.l2"), values(TrainingRow::l2PassRate)), 100);
  }

  public String getGapChart() {
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (GapMovement m : cockpit.gapMovement()) {
      series.put(m.name(), m.averageWeightedGap().stream().map(v -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP)).toList());
    }
    return TrainingCharts.lines(cockpit.quarters(), series);
  }

  public String getEducationChart() {
    return ChartJson.counts("doughnut", messages.text("cockpit.people"), cockpit.workforce().byEducation());
  }

  public String getMajorChart() {
    return ChartJson.counts("bar", messages.text("cockpit.people"), cockpit.workforce().byMajorFamily());
  }

  public String getYoungChart() {
    Map<String, List<BigDecimal>> series = Map.of(messages.text("cockpit.workforce.youngRatio"), cockpit.workforce().subUnits().stream()
        .map(u -> BigDecimal.valueOf(u.youngRatio() * 100).setScale(1, RoundingMode.HALF_UP)).toList());
    return TrainingCharts.bars(cockpit.workforce().subUnits().stream().map(u -> u.name()).toList(), series, 100);
  }

  public String getSearchChart() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    cockpit.library().topTerms().forEach(t -> counts.put(t.term(), (int) t.times()));
    return ChartJson.counts("bar", messages.text("cockpit.library.times"), counts);
  }

  /** Where a person's name leads: the pages the user's roles may open; none for a leader without them. */
  public String personLink(PersonRow p) {
    if (user.hasRole(Role.HR_NAME)) {
      return "/hr/person.xhtml?key=" + p.key();
    }
    if (user.hasRole(Role.TRAINING_ADMIN_NAME)) {
      return "/training/person-report.xhtml?person=" + p.staffNo();
    }
    return null;
  }

  /** Editors go to the maintenance page to fill the gap; others to the library search for the term. */
  public boolean isLibraryEditor() {
    return user.hasRole(Role.LIBRARIAN_NAME);
  }

  private List<String> labels() {
    return cockpit.training().stream().map(this::rowName).toList();
  }

  private List<BigDecimal> values(Function<TrainingRow, BigDecimal> value) {
    return cockpit.training().stream().map(value).toList();
  }

  private static BigDecimal percent(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
