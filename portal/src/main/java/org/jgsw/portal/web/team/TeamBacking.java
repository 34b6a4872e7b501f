package org.jgsw.portal.web.team;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.BehaviourEvaluations;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.LearningOverview.AssignmentView;
import org.jgsw.portal.training.TrainingPeople;
import org.jgsw.portal.web.shared.ActiveUser;

/**
 * team/index.xhtml (我的团队) for supervisors: the team's training progress, and the Level-3 requests
 * to rate behaviour change after training (each rating is sent on as competency evidence).
 */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  public record MemberRow(String staffNo, String name, long assigned, long completed, long inProgress, long overdue) {}

  /** An open request with the names the page shows. */
  public record RequestRow(BehaviourRatingRequest request, String personName, String courseTitle) {
    public long key() {
      return request.enrolment().value();
    }
  }

  @Inject transient TrainingPeople people;
  @Inject transient LearningOverview overview;
  @Inject transient BehaviourEvaluations evaluations;
  @Inject ActiveUser activeUser;

  private String supervisor;
  private List<MemberRow> members = List.of();
  private List<RequestRow> requests = List.of();
  private final Map<Long, Map<String, Integer>> levels = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();

  @PostConstruct
  void load() {
    supervisor = people.personOf(activeUser.getUsername()).map(p -> p.getStaffNo()).orElse(null);
    if (supervisor == null) {
      return;
    }
    List<String> team = people.teamOf(supervisor);
    Map<String, String> names = people.namesOf(team);
    List<MemberRow> rows = new ArrayList<>();
    for (String staffNo : team) {
      List<AssignmentView> a = overview.assignmentsOf(staffNo);
      rows.add(new MemberRow(staffNo, names.getOrDefault(staffNo, staffNo), a.size(),
          a.stream().filter(x -> x.status() == AssignmentStatus.COMPLETED).count(),
          a.stream().filter(x -> x.status() == AssignmentStatus.IN_PROGRESS).count(),
          a.stream().filter(x -> x.status() == AssignmentStatus.OVERDUE).count()));
    }
    members = rows;
    loadRequests();
  }

  private void loadRequests() {
    List<BehaviourRatingRequest> open = evaluations.openFor(supervisor);
    Map<String, String> names = people.namesOf(open.stream().map(BehaviourRatingRequest::personId).toList());
    requests = open.stream().map(r -> new RequestRow(r, names.getOrDefault(r.personId(), r.personId()),
        overview.current(r.course().value()).map(c -> c.title()).orElse("#" + r.course().value()))).toList();
    requests.forEach(r -> levels.computeIfAbsent(r.key(), k -> new HashMap<>()));
  }

  public void rate(RequestRow row) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Map<String, Integer> given = new HashMap<>();
      levels.getOrDefault(row.key(), Map.of()).forEach((k, v) -> {
        if (v != null && v > 0) {
          given.put(k, v);
        }
      });
      evaluations.rate(supervisor, row.request().enrolment(), given, comments.get(row.key()));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "已提交对 " + row.personName() + " 的行为改变评价", null));
      loadRequests();
    } catch (InvalidTrainingDataException e) {
      e.problems().forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
    } catch (RuntimeException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public boolean isLinked() {
    return supervisor != null;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<RequestRow> getRequests() {
    return requests;
  }

  public Map<Long, Map<String, Integer>> getLevels() {
    return levels;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
