package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A course (课程): what training administrators build and staff study — a title, a summary, a
 * {@link CourseCategory category}, the posts and competencies it targets (with the level it trains
 * to), its {@link CreditHours credit hours}, an estimated duration, an owner, and ordered {@link
 * Lesson lessons}.
 *
 * <p><b>Versions.</b> A course is identified by {@link CourseVersionId course id and version}. A
 * {@link CourseStatus#DRAFT draft} may be edited in place; once {@link #publish() published} a version
 * never changes: {@link #edit()} then starts the next version as a draft. Enrolments pin the version
 * they started with, so editing never disturbs people half-way through. Instances are immutable.
 */
public final class Course {

  private final CourseVersionId id;
  private final CourseStatus status;
  private final String title;
  private final String summary;
  private final CourseCategory category;
  private final Set<String> targetPosts;
  private final List<CompetencyTarget> targetCompetencies;
  private final CreditHours creditHours;
  private final int estimatedMinutes;
  private final String owner;
  private final List<Lesson> lessons;

  private Course(Builder b, CourseStatus status) {
    this.id = b.id;
    this.status = status;
    this.title = b.title.strip();
    this.summary = Texts.optional(b.summary);
    this.category = b.category;
    this.targetPosts = Texts.cleanSet(b.targetPosts);
    this.targetCompetencies = List.copyOf(b.targetCompetencies);
    this.creditHours = b.creditHours;
    this.estimatedMinutes = b.estimatedMinutes;
    this.owner = b.owner.strip();
    this.lessons = List.copyOf(b.lessons);
  }

  /** Starts version 1 of a new course as a draft; {@code id} comes from the repository. */
  public static Builder draft(CourseId id) {
    return new Builder(new CourseVersionId(id, 1));
  }

  /**
   * Rebuilds a stored course exactly as it was, status included. For repositories only; everything
   * else goes through {@link #draft}, {@link #edit}, {@link #publish} and {@link #archive}.
   */
  public static Course restore(CourseVersionId id, CourseStatus status, Builder content) {
    Builder b = new Builder(id).copyContentOf(content);
    b.validate();
    return new Course(b, status);
  }

  public CourseVersionId versionId() {
    return id;
  }

  public CourseId id() {
    return id.course();
  }

  public int version() {
    return id.version();
  }

  public CourseStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public CourseCategory category() {
    return category;
  }

  /** Post codes this course is meant for (may be empty). */
  public Set<String> targetPosts() {
    return targetPosts;
  }

  /** Competencies this course trains, with the level it trains to (may be empty). */
  public List<CompetencyTarget> targetCompetencies() {
    return targetCompetencies;
  }

  public CreditHours creditHours() {
    return creditHours;
  }

  public int estimatedMinutes() {
    return estimatedMinutes;
  }

  /** Username of the training administrator responsible for the course. */
  public String owner() {
    return owner;
  }

  /** The lessons in the order they are studied. */
  public List<Lesson> lessons() {
    return lessons;
  }

  public Optional<Lesson> lesson(LessonId lessonId) {
    return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }

  public boolean hasLesson(LessonId lessonId) {
    return lesson(lessonId).isPresent();
  }

  /** Library document ids cited by this version's lessons, so the portal can flag repealed ones. */
  public Set<String> citedLibraryDocuments() {
    Set<String> ids = new LinkedHashSet<>();
    for (Lesson l : lessons) {
      if (l.content() instanceof LessonContent.LibraryCitation c) {
        ids.add(c.libraryDocumentId());
      }
    }
    return ids;
  }

  /** Whether people may start this version now: only a published version is open. */
  public boolean isOpenForEnrolment() {
    return status == CourseStatus.PUBLISHED;
  }

  /**
   * Starts editing: a draft is edited as the same version; a published or archived version yields a
   * builder for the next version, so the version people study is never changed.
   */
  public Builder edit() {
    Builder b = new Builder(status == CourseStatus.DRAFT ? id : id.next());
    return b.copyContentOf(this);
  }

  /** This draft, published: open for enrolment, never changed again. */
  public Course publish() {
    if (status != CourseStatus.DRAFT) {
      throw new IllegalStateException("只有草稿可以发布，课程 " + id + " 当前为" + status.label());
    }
    if (lessons.isEmpty()) {
      throw new InvalidTrainingDataException(List.of("课程至少需要一个课时才能发布"));
    }
    return new Course(new Builder(id).copyContentOf(this), CourseStatus.PUBLISHED);
  }

  /** This version, archived: closed for new enrolments; people already in it may finish. */
  public Course archive() {
    if (status == CourseStatus.ARCHIVED) {
      throw new IllegalStateException("课程 " + id + " 已归档");
    }
    return new Course(new Builder(id).copyContentOf(this), CourseStatus.ARCHIVED);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Course c
        && id.equals(c.id)
        && status == c.status
        && title.equals(c.title)
        && summary.equals(c.summary)
        && category.equals(c.category)
        && targetPosts.equals(c.targetPosts)
        && targetCompetencies.equals(c.targetCompetencies)
        && creditHours.equals(c.creditHours)
        && estimatedMinutes == c.estimatedMinutes
        && owner.equals(c.owner)
        && lessons.equals(c.lessons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, title);
  }

  @Override
  public String toString() {
    return "Course[" + id + ", " + status + ", " + title + ", " + lessons.size() + " lessons]";
  }

  /**
   * Collects a draft's content; {@link #problems()} lists everything wrong in Chinese and {@link
   * #build()} throws an {@link InvalidTrainingDataException} with them.
   */
  public static final class Builder {

    private final CourseVersionId id;
    private String title;
    private String summary = "";
    private CourseCategory category = CourseCategory.general();
    private final Set<String> targetPosts = new LinkedHashSet<>();
    private final List<CompetencyTarget> targetCompetencies = new ArrayList<>();
    private CreditHours creditHours;
    private int estimatedMinutes;
    private String owner;
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<String> rowProblems = new ArrayList<>();

    private Builder(CourseVersionId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** An empty builder for {@link Course#restore}; the id given there is used. */
    public static Builder content() {
      return new Builder(CourseVersionId.of(1, 1));
    }

    private Builder copyContentOf(Course c) {
      title = c.title;
      summary = c.summary;
      category = c.category;
      targetPosts.addAll(c.targetPosts);
      targetCompetencies.addAll(c.targetCompetencies);
      creditHours = c.creditHours;
      estimatedMinutes = c.estimatedMinutes;
      owner = c.owner;
      lessons.addAll(c.lessons);
      return this;
    }

    private Builder copyContentOf(Builder other) {
      title = other.title;
      summary = other.summary;
      category = other.category;
      targetPosts.addAll(other.targetPosts);
      targetCompetencies.addAll(other.targetCompetencies);
      creditHours = other.creditHours;
      estimatedMinutes = other.estimatedMinutes;
      owner = other.owner;
      lessons.addAll(other.lessons);
      rowProblems.addAll(other.rowProblems);
      return this;
    }

    /** The id the built draft will have. */
    public CourseVersionId id() {
      return id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder category(CourseCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    public Builder targetPosts(Collection<String> postCodes) {
      targetPosts.clear();
      targetPosts.addAll(Texts.cleanSet(postCodes));
      return this;
    }

    /** Adds a competency the course trains, up to {@code level}; a bad row is recorded, not thrown. */
    public Builder trains(String competencyCode, int level) {
      record(() -> {
        CompetencyTarget t = new CompetencyTarget(competencyCode, level);
        targetCompetencies.removeIf(x -> x.competencyCode().equals(t.competencyCode()));
        targetCompetencies.add(t);
      });
      return this;
    }

    public Builder creditHours(CreditHours hours) {
      this.creditHours = hours;
      return this;
    }

    /** Credit hours as typed into a form, such as {@code "1.5"}; a bad value is recorded. */
    public Builder creditHours(String hours) {
      record(() -> creditHours = CreditHours.of(hours));
      return this;
    }

    public Builder estimatedMinutes(int minutes) {
      this.estimatedMinutes = minutes;
      return this;
    }

    public Builder owner(String username) {
      this.owner = username;
      return this;
    }

    /** Appends a lesson with the next free numeric id ("1", "2", …). */
    public Builder addLesson(String title, int estimatedMinutes, LessonContent content) {
      int next = lessons.stream()
          .map(l -> l.id().value())
          .filter(v -> v.chars().allMatch(Character::isDigit))
          .mapToInt(Integer::parseInt)
          .max()
          .orElse(0) + 1;
      return lesson(String.valueOf(next), title, estimatedMinutes, content);
    }

    /** Appends a lesson with a given id (for restoring); a bad lesson is recorded as a problem. */
    public Builder lesson(String id, String title, int estimatedMinutes, LessonContent content) {
      record(() -> lessons.add(new Lesson(LessonId.of(id), title, estimatedMinutes, content)));
      return this;
    }

    /** Appends a lesson whose content is built from form input (such as a video URL) that may be bad. */
    public Builder addLesson(String title, int estimatedMinutes, Supplier<LessonContent> content) {
      record(() -> addLesson(title, estimatedMinutes, content.get()));
      return this;
    }

    public Builder removeLesson(LessonId lessonId) {
      lessons.removeIf(l -> l.id().equals(lessonId));
      return this;
    }

    /** Moves a lesson to {@code position} (0-based) in the order. */
    public Builder moveLesson(LessonId lessonId, int position) {
      Lesson lesson = lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("课程中没有课时 " + lessonId));
      lessons.remove(lesson);
      lessons.add(Math.max(0, Math.min(position, lessons.size())), lesson);
      return this;
    }

    /** Every problem found so far, in Chinese; empty when the draft can be built. */
    public List<String> problems() {
      List<String> problems = new ArrayList<>(rowProblems);
      if (title == null || title.isBlank()) {
        problems.add("课程标题不能为空");
      }
      if (owner == null || owner.isBlank()) {
        problems.add("课程必须指定负责人");
      }
      if (creditHours == null) {
        problems.add("课程必须填写学时");
      } else if (creditHours.value().signum() == 0) {
        problems.add("课程学时必须大于 0");
      }
      if (estimatedMinutes < 1) {
        problems.add("课程预计学习时长必须大于 0 分钟");
      }
      Set<LessonId> seen = new HashSet<>();
      for (Lesson l : lessons) {
        if (!seen.add(l.id())) {
          problems.add("课时编号 " + l.id() + " 重复");
        }
      }
      return problems;
    }

    /** The draft; throws {@link InvalidTrainingDataException} with all {@link #problems()}. */
    public Course build() {
      validate();
      return new Course(this, CourseStatus.DRAFT);
    }

    private void validate() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidTrainingDataException(problems);
      }
    }

    private void record(Runnable action) {
      try {
        action.run();
      } catch (IllegalArgumentException e) {
        rowProblems.add(e.getMessage());
      }
    }
  }
}
