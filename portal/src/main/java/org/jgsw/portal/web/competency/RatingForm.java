package org.jgsw.portal.web.competency;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.competency.RatingInput;
import org.jgsw.portal.competency.RatingService;

/**
 * The form to record a new rating (WEB-INF/includes/competency/ratingForm.xhtml), with the choices it
 * offers: the competencies (the person's post model first) and the sources the signed-in user may use
 * for this person. No sources means the form is not shown.
 */
public class RatingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A competency in the form's list: code and “name（code）”. */
  public record Choice(String code, String label) implements Serializable {}

  private final String personKey;
  private final List<Choice> competencies;
  private final List<EvidenceSource> sources;
  private String competency;
  private Integer level;
  private EvidenceSource source;
  private LocalDate date = LocalDate.now();
  private String note;

  public RatingForm(String personKey, List<Choice> competencies, List<EvidenceSource> sources) {
    this.personKey = personKey;
    this.competencies = List.copyOf(competencies);
    this.sources = List.copyOf(sources);
    this.source = sources.size() == 1 ? sources.get(0) : null;
  }

  public RatingInput input() {
    return new RatingInput(competency, level, source, date, note);
  }

  /** Clears what was typed after a rating was recorded; keeps the source when there is only one. */
  public void clear() {
    competency = null;
    level = null;
    note = null;
    date = LocalDate.now();
  }

  public boolean isOffered() {
    return !sources.isEmpty();
  }

  public boolean isSingleSource() {
    return sources.size() == 1;
  }

  public int[] getLevels() {
    int[] levels = new int[ProficiencyLevel.MAX - ProficiencyLevel.MIN + 1];
    for (int i = 0; i < levels.length; i++) levels[i] = ProficiencyLevel.MIN + i;
    return levels;
  }

  public int getMaxNote() {
    return RatingService.MAX_NOTE;
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public String getPersonKey() { return personKey; }
  public List<Choice> getCompetencies() { return competencies; }
  public List<EvidenceSource> getSources() { return sources; }
  public String getCompetency() { return competency; }
  public void setCompetency(String competency) { this.competency = competency; }
  public Integer getLevel() { return level; }
  public void setLevel(Integer level) { this.level = level; }
  public EvidenceSource getSource() { return source; }
  public void setSource(EvidenceSource source) { this.source = source; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
