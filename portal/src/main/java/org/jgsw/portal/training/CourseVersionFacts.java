package org.jgsw.portal.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseStatus;
import org.jgsw.portal.common.CommittedSnapshot;

/**
 * What lists and reports need to know about course versions, from the columns, without parsing each
 * version's JSON document: title, category, credit hours, status. The columns of every version are
 * read in one query and kept until a course version is written (a few dozen kilobytes for hundreds of
 * courses; 我的学习 needs them on every call). The few facts that live only in the document (lesson
 * count, minutes, summary) are remembered per version once it is no longer a draft, because a
 * published or archived version's content never changes (editing it makes a new version, see
 * {@link Course#edit()}); only its status does, and the status comes from the kept columns.
 */
@ApplicationScoped
public class CourseVersionFacts {

  /** A course version's columns. */
  public record Version(long courseId, int version, CourseStatus status, String title, CourseCategory category, BigDecimal creditHours) {
    String key() {
      return courseId + "-" + version;
    }
  }

  /** The parts of a version's document that lists show. */
  public record Content(int lessons, int minutes, String summary) {}

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<String, Content> contentOfFrozenVersions = new ConcurrentHashMap<>();
  /** Three hundred courses are a few dozen kilobytes: every list and 我的学习 reads them from here. */
  private final CommittedSnapshot<Map<Long, List<Version>>> snapshot = new CommittedSnapshot<>();

  /** Every version of the given courses, by course, oldest version first. */
  public Map<Long, List<Version>> versionsOf(Collection<Long> courseIds) {
    Map<Long, List<Version>> every = byCourse();
    Map<Long, List<Version>> wanted = new HashMap<>();
    for (Long id : courseIds) {
      List<Version> versions = every.get(id);
      if (versions != null) {
        wanted.put(id, versions);
      }
    }
    return wanted;
  }

  /** Every version of every course, oldest course and version first. */
  public List<Version> all() {
    return byCourse().values().stream().flatMap(List::stream).toList();
  }

  /**
   * Tells the facts that a course version was written: they are read afresh after the writing
   * transaction ends (see {@link CommittedSnapshot}).
   */
  public void changed() {
    snapshot.changed(transactions);
  }

  /** Every version's columns by course (in course order), read once until a course is written. */
  private Map<Long, List<Version>> byCourse() {
    return snapshot.get(() -> {
      Map<Long, List<Version>> byCourse = new TreeMap<>();
      for (Object[] r : em.createQuery("SELECT c.courseId, c.versionNo, c.status, c.title, c.categoryKind, c.businessDomain, c.creditHours "
          + "FROM CourseVersionRecord c ORDER BY c.courseId, c.versionNo", Object[].class).getResultList()) {
        Version v = version(r);
        byCourse.computeIfAbsent(v.courseId(), k -> new ArrayList<>()).add(v);
      }
      byCourse.replaceAll((id, versions) -> List.copyOf(versions));
      return Collections.unmodifiableMap(byCourse);
    });
  }

  /** The version a course is known by: its newest published version, else its newest version (as {@link LearningOverview#current}). */
  public static Version current(List<Version> versions) {
    Version current = null;
    for (Version v : versions) {
      if (v.status() == CourseStatus.PUBLISHED) {
        current = v;
      }
    }
    return current != null || versions.isEmpty() ? current : versions.get(versions.size() - 1);
  }

  /** The document facts of these versions, by {@code "<course>-<version>"}; reads only what is not remembered, in one query. */
  public Map<String, Content> contentOf(Collection<Version> versions) {
    Map<String, Content> result = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Version v : versions) {
      Content c = v.status() == CourseStatus.DRAFT ? null : contentOfFrozenVersions.get(v.key());
      if (c == null) {
        missing.add(v.key());
      } else {
        result.put(v.key(), c);
      }
    }
    if (!missing.isEmpty()) {
      for (CourseVersionRecord r : em.createQuery("SELECT c FROM CourseVersionRecord c WHERE c.id IN :ids", CourseVersionRecord.class)
          .setParameter("ids", missing).getResultList()) {
        Course course = r.toCourse();
        Content c = new Content(course.lessons().size(), course.estimatedMinutes(), course.summary());
        String key = course.id().value() + "-" + course.version();
        result.put(key, c);
        if (course.status() != CourseStatus.DRAFT) {
          contentOfFrozenVersions.put(key, c);
        }
      }
    }
    return result;
  }

  private static Version version(Object[] r) {
    CourseCategory.Kind kind = CourseCategory.Kind.valueOf((String) r[4]);
    CourseCategory category = kind == CourseCategory.Kind.GENERAL ? CourseCategory.general() : CourseCategory.special((String) r[5]);
    return new Version(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), CourseStatus.valueOf((String) r[2]), (String) r[3],
        category, new BigDecimal((String) r[6]));
  }
}
