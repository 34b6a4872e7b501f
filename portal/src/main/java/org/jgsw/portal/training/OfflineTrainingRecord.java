package org.jgsw.portal.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgsw.course.domain.OfflineTraining;

/** A concentrated class (集中培训) and its attendees. */
@Entity
@Table(name = "trn_offline_training")
@NamedQuery(name = "OfflineTrainingRecord.findByAttendee",
    query = "SELECT DISTINCT t FROM OfflineTrainingRecord t JOIN t.attendees a WHERE a = :person")
public class OfflineTrainingRecord {

  @Id private String id;
  @Column(name = "class_name") private String className;
  @Column(name = "start_date") private LocalDate startDate;
  @Column(name = "end_date") private LocalDate endDate;
  @Column(name = "credit_hours") private String creditHours;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "trn_offline_attendee", joinColumns = @JoinColumn(name = "training_id"))
  @Column(name = "person_id")
  private Set<String> attendees = new LinkedHashSet<>();

  public OfflineTrainingRecord() {}

  String getId() {
    return id;
  }

  void write(OfflineTraining t) {
    id = t.id();
    className = t.className();
    startDate = t.start();
    endDate = t.end();
    creditHours = t.hours().value().toPlainString();
    attendees.addAll(t.attendees());
  }

  OfflineTraining toTraining() {
    return new OfflineTraining(id, className, startDate, endDate, TrainingJson.hours(creditHours), new ArrayList<>(List.copyOf(attendees)));
  }
}
