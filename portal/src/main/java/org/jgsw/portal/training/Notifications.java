package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgsw.course.domain.AssignmentStatus;
import org.jgsw.course.domain.Notification;
import org.jgsw.course.domain.ProgressState;
import org.jgsw.course.domain.ReminderRule;
import org.jgsw.portal.training.LearningOverview.AssignmentView;

/**
 * Deadline reminders in the portal (ReminderRule.STANDARD): worked out from the person's assignments
 * when they open "我的学习", stored once each (dedup key), listed with an unread count.
 */
@ApplicationScoped
@Transactional
public class Notifications {

  @PersistenceContext EntityManager em;
  @Inject LearningOverview overview;
  @Inject JpaAssignmentRepository assignments;
  @Inject Clock clock;

  public ReminderRule rule() {
    return ReminderRule.STANDARD;
  }

  /** Stores the reminders now due for the person's assignments (each only once). */
  public void refresh(String staffNo, List<AssignmentView> views) {
    LocalDate today = LocalDate.now(clock);
    Set<String> known = new HashSet<>(em.createNamedQuery("NotificationRecord.keysOf", String.class)
        .setParameter("person", staffNo).getResultList());
    for (var a : assignments.findByPerson(staffNo)) {
      AssignmentView v = views.stream().filter(x -> x.planId() == a.plan().value() && x.courseId() == a.course().value())
          .findFirst().orElse(null);
      if (v == null) {
        continue;
      }
      ProgressState progress = v.status() == AssignmentStatus.COMPLETED ? ProgressState.COMPLETED
          : v.status() == AssignmentStatus.IN_PROGRESS ? ProgressState.STARTED : ProgressState.NOT_STARTED;
      for (Notification n : rule().remindersFor(a, v.course(), progress, today)) {
        if (known.add(n.dedupKey())) {
          em.persist(new NotificationRecord(staffNo, LocalDateTime.now(clock), n.kind().label(), n.dedupKey(), n.message()));
        }
      }
    }
  }

  public List<NotificationRecord> of(String staffNo) {
    return em.createNamedQuery("NotificationRecord.findByPerson", NotificationRecord.class).setParameter("person", staffNo)
        .setMaxResults(50).getResultList();
  }

  public long unread(String staffNo) {
    return em.createNamedQuery("NotificationRecord.countUnread", Long.class).setParameter("person", staffNo).getSingleResult();
  }

  public void markAllRead(String staffNo) {
    em.createNamedQuery("NotificationRecord.markRead").setParameter("now", LocalDateTime.now(clock)).setParameter("person", staffNo)
        .executeUpdate();
  }

  /** Stores a notice for the person once per dedup key (a later call with the same key does nothing). */
  public void notifyOnce(String staffNo, org.jgsw.course.domain.NotificationKind kind, String dedupKey, String message) {
    boolean known = em.createNamedQuery("NotificationRecord.keysOf", String.class).setParameter("person", staffNo).getResultList()
        .contains(dedupKey);
    if (!known) {
      em.persist(new NotificationRecord(staffNo, LocalDateTime.now(clock), kind.label(), dedupKey, message));
    }
  }

  /** Marks the reminders as mailed, so no later run mails them again. */
  public void markMailed(List<Long> ids, LocalDateTime when) {
    em.createNamedQuery("NotificationRecord.markMailed").setParameter("now", when).setParameter("ids", ids).executeUpdate();
  }
}
