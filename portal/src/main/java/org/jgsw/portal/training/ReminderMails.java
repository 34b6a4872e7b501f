package org.jgsw.portal.training;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deadline reminders without anyone opening the portal: every morning the reminders now due are
 * stored for everybody with a required assignment near or just past its deadline (the same rule and
 * dedup keys as "我的学习"), and, when {@code portal.mail.enabled}, every hour the reminders not yet
 * mailed go out as one message per person to their account's e-mail address. A reminder is marked
 * mailed only after the server took the message, so a failed send is retried on the next run; only
 * reminders of the last two days are mailed, so switching mail on never sends a backlog.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderMails {

  private static final Logger LOG = Logger.getLogger(ReminderMails.class.getName());
  /** Overdue assignments older than this were reminded of already (or are a lost cause for mail). */
  private static final int OVERDUE_LOOKBACK_DAYS = 30;
  private static final int MAIL_LOOKBACK_DAYS = 2;

  @PersistenceContext EntityManager em;
  @Inject LearningOverview overview;
  @Inject Notifications notifications;
  @Inject MailSettings mail;
  @Inject Clock clock;

  public record Outcome(int peopleChecked, int mailsSent, int mailsFailed) {}

  @Schedule(hour = "6", minute = "30", persistent = false)
  void everyMorning() {
    storeDueReminders();
    mailPending();
  }

  @Schedule(hour = "*", minute = "47", persistent = false)
  void everyHour() {
    mailPending();
  }

  /** Stores the reminders due today for everyone with a required assignment in the reminder window. */
  public int storeDueReminders() {
    LocalDate today = LocalDate.now(clock);
    int horizon = notifications.rule().daysBefore().stream().max(Integer::compare).orElse(0);
    List<String> people = em.createNamedQuery("AssignmentRecord.peopleWithDeadlinesBetween", String.class)
        .setParameter("from", today.minusDays(OVERDUE_LOOKBACK_DAYS)).setParameter("to", today.plusDays(horizon))
        .getResultList();
    for (String staffNo : people) {
      try {
        notifications.refresh(staffNo, overview.assignmentsOf(staffNo));
      } catch (RuntimeException e) {
        // someone opened 我的学习 at this moment and stored the same reminder: the unique key kept one
        LOG.log(Level.FINE, "Reminders of " + staffNo + " stored concurrently", e);
      }
    }
    return people.size();
  }

  /** Mails the reminders not mailed yet, one message per person; does nothing while mail is off. */
  public Outcome mailPending() {
    if (!mail.enabled()) {
      return new Outcome(0, 0, 0);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Map<String, PersonMail> byPerson = new LinkedHashMap<>();
    for (Object[] row : em.createNamedQuery("NotificationRecord.toMail", Object[].class)
        .setParameter("since", now.minusDays(MAIL_LOOKBACK_DAYS)).getResultList()) {
      byPerson.computeIfAbsent((String) row[1], k -> new PersonMail((String) row[3], (String) row[4], new ArrayList<>(), new ArrayList<>()))
          .add((Long) row[0], (String) row[2]);
    }
    int sent = 0;
    int failed = 0;
    for (PersonMail m : byPerson.values()) {
      try {
        mail.send(m.email(), ReminderMailText.subject(m.messages().size()), ReminderMailText.body(m.name(), m.messages()));
        notifications.markMailed(m.ids(), now);
        sent++;
      } catch (MessagingException | RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Reminder mail to " + m.email() + " failed; retried on the next run", e);
      }
    }
    if (sent + failed > 0) {
      int s = sent;
      int f = failed;
      LOG.info(() -> "Reminder mails: " + s + " sent, " + f + " failed");
    }
    return new Outcome(byPerson.size(), sent, failed);
  }

  private record PersonMail(String email, String name, List<Long> ids, List<String> messages) {
    void add(long id, String message) {
      ids.add(id);
      messages.add(message);
    }
  }
}
