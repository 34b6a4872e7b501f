package org.jgsw.portal.web.learning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jgsw.course.domain.ReminderRule;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.NotificationRecord;
import org.jgsw.portal.training.Notifications;
import org.jgsw.portal.training.LearningOverview.AssignmentView;
import org.jgsw.portal.training.LearningOverview.CourseView;
import org.jgsw.portal.training.LearningOverview.LedgerView;
import org.jgsw.portal.training.TrainingPeople;
import org.jgsw.portal.web.shared.ActiveUser;

/** learning/index.xhtml (我的学习): assigned courses, electives, and this year's credit-hour ledger. */
@Named
@ViewScoped
public class MyLearningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LearningOverview overview;
  @Inject transient TrainingPeople people;
  @Inject transient Clock clock;
  @Inject transient Notifications notifications;
  @Inject ActiveUser activeUser;

  private String staffNo;
  private List<NotificationRecord> reminders = List.of();
  private long unread;

  private static final Logger LOG = Logger.getLogger(MyLearningBacking.class.getName());

  private String personName;
  private List<AssignmentView> assignments = List.of();
  private List<CourseView> electives = List.of();
  private LedgerView ledger;

  @PostConstruct
  void load() {
    Person p = people.personOf(activeUser.getUsername()).orElse(null);
    if (p == null) {
      return;
    }
    personName = p.getName();
    staffNo = p.getStaffNo();
    assignments = overview.assignmentsOf(p.getStaffNo());
    try {
      notifications.refresh(staffNo, assignments);
    } catch (RuntimeException e) {
      // Two views of one person at the same moment may both store a newly due reminder; the unique
      // key keeps one and the other transaction rolls back. The page shows the stored ones anyway.
      LOG.log(Level.FINE, "Reminders of " + staffNo + " stored by a concurrent view", e);
    }
    loadReminders();
    Set<Long> required = assignments.stream().filter(AssignmentView::required).map(AssignmentView::courseId).collect(Collectors.toSet());
    electives = overview.catalogue(p.getStaffNo()).stream().filter(c -> !required.contains(c.courseId())).toList();
    ledger = overview.ledgerOf(p.getStaffNo(), TrainingPeople.categoryOf(p), LocalDate.now(clock).getYear());
  }

  private void loadReminders() {
    reminders = notifications.of(staffNo);
    unread = notifications.unread(staffNo);
  }

  public void markAllRead() {
    notifications.markAllRead(staffNo);
    loadReminders();
  }

  public List<NotificationRecord> getReminders() {
    return reminders;
  }

  public long getUnread() {
    return unread;
  }

  public ReminderRule getReminderRule() {
    return notifications.rule();
  }

  public boolean isLinked() {
    return personName != null;
  }

  public String getPersonName() {
    return personName;
  }

  public List<AssignmentView> getAssignments() {
    return assignments;
  }

  public List<CourseView> getElectives() {
    return electives;
  }

  public LedgerView getLedger() {
    return ledger;
  }

  public long getOverdueCount() {
    return assignments.stream().filter(AssignmentView::isOverdue).count();
  }
}
