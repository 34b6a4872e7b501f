package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jgsw.course.domain.Assignment;
import org.jgsw.course.domain.AssignmentId;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.TrainingPlanId;

/** One course of a plan assigned to one person: all plain columns, so reports can count in SQL. */
@Entity
@Table(name = "trn_assignment")
@NamedQuery(name = "AssignmentRecord.findByPlan", query = "SELECT a FROM AssignmentRecord a WHERE a.planId = :plan ORDER BY a.personId, a.courseId")
@NamedQuery(name = "AssignmentRecord.peopleWithDeadlinesBetween", query = "SELECT DISTINCT a.personId FROM AssignmentRecord a"
    + " WHERE a.required = TRUE AND a.leftOn IS NULL AND a.deadline BETWEEN :from AND :to")
@NamedQuery(name = "AssignmentRecord.findByPerson", query = "SELECT a FROM AssignmentRecord a WHERE a.personId = :person ORDER BY a.deadline, a.courseId")
public class AssignmentRecord {

  @Id private String id;
  @Column(name = "plan_id") private long planId;
  @Column(name = "person_id") private String personId;
  @Column(name = "course_id") private long courseId;
  private boolean required;
  private LocalDate deadline;
  @Column(name = "assigned_on") private LocalDate assignedOn;
  @Column(name = "left_on") private LocalDate leftOn;

  public AssignmentRecord() {}

  static String key(AssignmentId id) {
    return id.plan().value() + ":" + id.personId() + ":" + id.course().value();
  }

  void write(Assignment a) {
    id = key(a.id());
    planId = a.plan().value();
    personId = a.personId();
    courseId = a.course().value();
    required = a.required();
    deadline = a.deadline();
    assignedOn = a.assignedOn();
    leftOn = a.leftOn().orElse(null);
  }

  Assignment toAssignment() {
    return Assignment.restore(new AssignmentId(TrainingPlanId.of(planId), personId, CourseId.of(courseId)), required, deadline, assignedOn, leftOn);
  }
}
