package org.jgsw.course.application.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jgsw.course.application.Courses;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.CourseRepository;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.course.domain.CourseVersionId;

/** Coordinates course versions over a {@link CourseRepository}; rules stay in {@link Course}. */
public class DefaultCourses implements Courses {

  private static final System.Logger LOG = System.getLogger(DefaultCourses.class.getName());

  private final CourseRepository repository;

  public DefaultCourses(CourseRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  @Override
  public CourseId newId() {
    return repository.nextId();
  }

  @Override
  public Course saveDraft(Course draft) {
    if (draft.status() != CourseStatus.DRAFT) {
      throw new IllegalStateException("只能保存草稿，课程 " + draft.versionId() + " 为" + draft.status().label());
    }
    repository.find(draft.versionId()).filter(c -> c.status() != CourseStatus.DRAFT).ifPresent(inUse -> {
      throw new IllegalStateException("课程 " + inUse.versionId() + " 已发布，不能直接修改，请编辑生成新版本");
    });
    repository.store(draft);
    LOG.log(Level.DEBUG, "Saved draft course {0}", draft.versionId());
    return draft;
  }

  @Override
  public Course publish(CourseVersionId draft) {
    Course published = load(draft).publish();
    repository.findVersions(draft.course()).stream()
        .filter(c -> c.status() == CourseStatus.PUBLISHED)
        .forEach(old -> repository.store(old.archive()));
    repository.store(published);
    LOG.log(Level.DEBUG, "Published course {0}", draft);
    return published;
  }

  @Override
  public Course archive(CourseVersionId id) {
    Course archived = load(id).archive();
    repository.store(archived);
    return archived;
  }

  @Override
  public Optional<Course> find(CourseVersionId id) {
    return repository.find(id);
  }

  @Override
  public Optional<Course> findCurrent(CourseId course) {
    return repository.findVersions(course).stream()
        .filter(Course::isOpenForEnrolment)
        .reduce((older, newer) -> newer.version() > older.version() ? newer : older);
  }

  @Override
  public List<Course> versions(CourseId course) {
    return repository.findVersions(course);
  }

  private Course load(CourseVersionId id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("没有课程 " + id));
  }
}
