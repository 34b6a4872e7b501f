package org.jgsw.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CourseVersionId;

/** One stored version of a course: the columns lists and reports need, the rest as a JSON document. */
@Entity
@Table(name = "trn_course_version")
@NamedQuery(name = "CourseVersionRecord.findByCourse",
    query = "SELECT c FROM CourseVersionRecord c WHERE c.courseId = :course ORDER BY c.versionNo")
@NamedQuery(name = "CourseVersionRecord.findAll", query = "SELECT c FROM CourseVersionRecord c ORDER BY c.courseId, c.versionNo")
public class CourseVersionRecord {

  @Id private String id;
  @Column(name = "course_id") private long courseId;
  @Column(name = "version_no") private int versionNo;
  private String status;
  private String title;
  @Column(name = "category_kind") private String categoryKind;
  @Column(name = "business_domain") private String businessDomain;
  @Column(name = "credit_hours") private String creditHours;
  @Column(name = "owner_name") private String ownerName;
  private String body;

  public CourseVersionRecord() {}

  static String key(CourseVersionId id) {
    return id.course().value() + "-" + id.version();
  }

  void write(Course c) {
    id = key(c.versionId());
    courseId = c.id().value();
    versionNo = c.version();
    status = c.status().name();
    title = c.title();
    categoryKind = c.category().kind().name();
    businessDomain = c.category().businessDomain();
    creditHours = c.creditHours().value().toPlainString();
    ownerName = c.owner();
    body = TrainingJson.course(c);
  }

  Course toCourse() {
    return TrainingJson.course(CourseVersionId.of(courseId, versionNo), CourseStatus.valueOf(status), body);
  }
}
