package org.jgsw.portal.web.hr;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.competency.RotationInput;
import org.jgsw.portal.competency.RotationKind;
import org.jgsw.portal.web.competency.RatingForm;

/**
 * The form to record a rotation or secondment on hr/person.xhtml: kind, host unit, dates, the host
 * unit's evaluation and up to {@value #ROWS} competency ratings (rows left without a competency are
 * ignored).
 */
public class RotationForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int ROWS = 4;

  /** One rating row of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String competency;
    private Integer level;

    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
  }

  private final List<RatingForm.Choice> competencies;
  private RotationKind kind = RotationKind.SECONDMENT;
  private String hostUnit;
  private LocalDate from;
  private LocalDate to;
  private String evaluation;
  private final List<Row> rows = new ArrayList<>();

  public RotationForm(List<RatingForm.Choice> competencies) {
    this.competencies = List.copyOf(competencies);
    clear();
  }

  /** What was typed; a competency chosen twice is kept once and reported by {@link #hasDuplicate}. */
  public RotationInput input() {
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.competency != null && !r.competency.isBlank()) {
        ratings.put(r.competency, r.level);
      }
    }
    return new RotationInput(kind, hostUnit, from, to, evaluation, ratings);
  }

  public boolean hasDuplicate() {
    return rows.stream().filter(r -> r.competency != null && !r.competency.isBlank()).map(Row::getCompetency).distinct().count()
        < rows.stream().filter(r -> r.competency != null && !r.competency.isBlank()).count();
  }

  public final void clear() {
    hostUnit = null;
    from = null;
    to = null;
    evaluation = null;
    rows.clear();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new Row());
    }
  }

  public RotationKind[] getKinds() { return RotationKind.values(); }

  public int[] getLevels() {
    int[] levels = new int[ProficiencyLevel.MAX - ProficiencyLevel.MIN + 1];
    for (int i = 0; i < levels.length; i++) levels[i] = ProficiencyLevel.MIN + i;
    return levels;
  }

  public LocalDate getToday() { return LocalDate.now(); }
  public int getMaxHostUnit() { return RotationInput.MAX_HOST_UNIT; }
  public int getMaxEvaluation() { return RotationInput.MAX_EVALUATION; }
  public List<RatingForm.Choice> getCompetencies() { return competencies; }
  public List<Row> getRows() { return rows; }
  public RotationKind getKind() { return kind; }
  public void setKind(RotationKind kind) { this.kind = kind; }
  public String getHostUnit() { return hostUnit; }
  public void setHostUnit(String hostUnit) { this.hostUnit = hostUnit; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public String getEvaluation() { return evaluation; }
  public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
}
