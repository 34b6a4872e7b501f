package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.course.application.Learning;
import org.jgsw.course.domain.Attempt;
import org.jgsw.course.domain.AttemptId;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.EnrolmentId;
import org.jgsw.course.domain.LessonId;
import org.jgsw.course.domain.QuestionId;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPaper;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.rest.dto.LearningAnswersDto;
import org.jgsw.portal.rest.dto.LearningMeDto;
import org.jgsw.portal.rest.dto.LearningPaperDto;
import org.jgsw.portal.rest.dto.LearningResultDto;
import org.jgsw.portal.rest.dto.LearningStudyDto;
import org.jgsw.portal.training.LearningOverview;
import org.jgsw.portal.training.StudySession;
import org.jgsw.portal.training.TrainingPeople;

/**
 * The caller's own learning: assignments and ledger, studying a course, quizzes. The person is
 * always the caller's (from the login), never a parameter; quizzes are scored on the server.
 */
@Path("learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning", description = "我的学习：指派、学时、学习与测验")
public class LearningResource {

  @Inject LearningOverview overview;
  @Inject TrainingPeople people;
  @Inject Learning learning;
  @Inject StudySession study;
  @Inject Clock clock;
  @Context SecurityContext security;

  @GET
  @Path("me")
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "My assignments (course, plan, deadline, progress %, status) and this year's credit-hour ledger")
  public LearningMeDto me() {
    Person p = overview.learnerOf(security.getUserPrincipal().getName())
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("该账号未关联人员，没有学习记录"));
    var mine = overview.myLearning(p.getStaffNo(), TrainingPeople.categoryOf(p), LocalDate.now(clock).getYear());
    var assignments = mine.assignments().stream()
        .map(a -> new LearningMeDto.Assignment(a.course(), a.courseId(), a.plan(), a.planId(), a.deadline(), a.progressPercent(),
            a.status().name(), a.required()))
        .toList();
    var l = mine.ledger();
    var requirements = l.requirements().stream()
        .map(r -> new LearningMeDto.Requirement(r.name(), r.statement(), r.required().value(), r.earned().value(), r.met())).toList();
    return new LearningMeDto(p.getStaffNo(), p.getName(), assignments,
        new LearningMeDto.Ledger(l.year(), l.category().name(), l.required(), l.earned(), l.online(), l.concentrated(), requirements));
  }

  @POST
  @Path("courses/{courseId}/enrolment")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Start or resume a course: my unfinished enrolment, or a new one in the current version")
  public LearningStudyDto enrol(@PathParam("courseId") long courseId) {
    return toDto(study.enrol(me(security).getStaffNo(), CourseId.of(courseId)));
  }

  @POST
  @Path("enrolments/{enrolment}/lessons/{lesson}/complete")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Mark a lesson of my enrolment done (completes the course when the completion rule is met)")
  public LearningStudyDto completeLesson(@PathParam("enrolment") long enrolment, @PathParam("lesson") String lesson) {
    String staffNo = me(security).getStaffNo();
    learning.openLesson(staffNo, EnrolmentId.of(enrolment), LessonId.of(lesson));
    return toDto(study.view(learning.completeLesson(staffNo, EnrolmentId.of(enrolment), LessonId.of(lesson))));
  }

  @POST
  @Path("quizzes/{quiz}/attempts")
  @Transactional
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Start an attempt: a random draw from the question bank, without the answers")
  public LearningPaperDto startQuiz(@PathParam("quiz") long quiz) {
    QuizPaper paper = learning.startQuiz(me(security).getStaffNo(), QuizId.of(quiz));
    return new LearningPaperDto(quiz, paper.attempt().number(), paper.deadline(), paper.questions().stream()
        .map(q -> new LearningPaperDto.Question(q.id().value(), q.type().name(), q.text(), q.options(), q.points())).toList());
  }

  @POST
  @Path("quizzes/{quiz}/attempts/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional(dontRollbackOn = org.jgsw.course.domain.QuizRejectedException.class)
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Submit my answers (question id → option indexes); scored on the server, 409 when the submission breaks a rule")
  public LearningResultDto submitQuiz(@PathParam("quiz") long quiz, @PathParam("number") int number, LearningAnswersDto body) {
    String staffNo = me(security).getStaffNo();
    Map<QuestionId, Set<Integer>> answers = new HashMap<>();
    if (body != null && body.answers() != null) {
      body.answers().forEach((k, v) -> answers.put(QuestionId.of(k), v == null ? Set.of() : new LinkedHashSet<>(v)));
    }
    Attempt a = learning.submitQuiz(staffNo, new AttemptId(QuizId.of(quiz), staffNo, number), answers);
    var r = a.result().orElseThrow();
    boolean completed = study.courseCompletedAfter(staffNo, QuizId.of(quiz));
    return new LearningResultDto(quiz, number, r.earnedPoints(), r.maxPoints(), r.percent(), r.passed(), completed);
  }

  private static LearningStudyDto toDto(StudySession.StudyView v) {
    var e = v.enrolment();
    var lessons = v.course().lessons().stream()
        .map(l -> new LearningStudyDto.Lesson(l.id().value(), l.title(), l.estimatedMinutes(), e.completedLessons().contains(l.id()))).toList();
    var quizzes = v.quizzes().stream()
        .map(q -> new LearningStudyDto.Quiz(q.id().value(), q.title(), q.purpose().name(), q.passMarkPercent(), q.attemptLimit())).toList();
    return new LearningStudyDto(e.id().value(), v.course().id().value(), v.course().version(), v.course().title(), lessons,
        e.resumeLesson(v.course()).value(), v.progressPercent(), e.isCompleted(), quizzes);
  }

  private Person me(SecurityContext security) {
    return people.personOf(security.getUserPrincipal().getName())
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("该账号未关联人员，没有学习记录"));
  }
}
