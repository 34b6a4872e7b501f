package org.jgsw.portal.web.team;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.competency.PersonCompetency;
import org.jgsw.portal.competency.TeamCompetency;
import org.jgsw.portal.competency.TeamMember;
import org.jgsw.portal.web.competency.RatingForm;
import org.jgsw.portal.web.competency.RatingRecorder;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * team/gaps.xhtml (团队能力差距) for supervisors: each member of their team against their post model
 * — fit, gaps and how far — and, with {@code ?person=S12}, one member's full breakdown and the form
 * to record a supervisor rating. A person outside the supervisor's team is never shown.
 */
@Named
@ViewScoped
public class TeamGapsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TeamCompetency team;
  @Inject transient RatingRecorder recorder;
  @Inject ActiveUser activeUser;

  private String person;
  private transient List<TeamMember> members;
  private transient PersonCompetency selected;
  private boolean refused;
  private RatingForm ratingForm;

  /** f:viewAction: the team, and the member asked for in the URL if they are in it. */
  public void load() {
    members = team.teamOf(activeUser.getUsername());
    selected = null;
    refused = false;
    if (person != null && !person.isBlank()) {
      selected = team.member(activeUser.getUsername(), person.strip()).orElse(null);
      refused = selected == null;
      if (selected != null && ratingForm == null) {
        ratingForm = recorder.formFor(selected.person().key(), selected.model());
      }
    }
  }

  /** Records the supervisor's rating of the selected member, then shows the new levels and gaps. */
  public void saveRating() {
    if (ratingForm != null && recorder.save(ratingForm)) {
      load();
    }
  }

  public List<TeamMember> getMembers() {
    if (members == null) {
      load();
    }
    return members;
  }

  public PersonCompetency getSelected() {
    if (selected == null && ratingForm != null && !refused) {
      load();
    }
    return selected;
  }

  public boolean isRefused() { return refused; }
  public RatingForm getRatingForm() { return ratingForm; }
  public String getPerson() { return person; }
  public void setPerson(String person) { this.person = person; }
}
