package org.jgsw.portal.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jgsw.course.domain.CourseVersionId;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.LessonId;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.training.JpaCourseRepository;
import org.jgsw.portal.training.JpaEnrolmentRepository;
import org.jgsw.portal.training.LessonDocuments;
import org.jgsw.portal.training.TrainingPeople;

/**
 * The PDF of a document lesson, shown inside the course page
 * ({@code /learning/lesson-file?course=…&version=…&lesson=…}). Only for someone studying the course
 * (an enrolment in it) or a training administrator; anyone else gets 404, so that the existence of a
 * course's files is not revealed. Served inline as application/pdf, which the type check on upload
 * guarantees.
 */
@WebServlet("/learning/lesson-file")
public class LessonFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient JpaCourseRepository courses;
  @Inject transient JpaEnrolmentRepository enrolments;
  @Inject transient TrainingPeople people;
  @Inject transient LessonDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<LessonContent.DocumentAttachment> attachment = attachment(request);
    if (attachment.isEmpty() || !mayRead(request, CourseVersionId.of(number(request, "course"), (int) number(request, "version")))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Path> file = documents.file(attachment.get());
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
        + URLEncoder.encode(attachment.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setContentLengthLong(Files.size(file.get()));
    Files.copy(file.get(), response.getOutputStream());
  }

  private Optional<LessonContent.DocumentAttachment> attachment(HttpServletRequest request) {
    long course = number(request, "course");
    long version = number(request, "version");
    String lesson = request.getParameter("lesson");
    if (course <= 0 || version <= 0 || version > Integer.MAX_VALUE || lesson == null || lesson.isBlank()) {
      return Optional.empty();
    }
    return courses.find(CourseVersionId.of(course, (int) version)).flatMap(c -> c.lesson(LessonId.of(lesson)))
        .map(l -> l.content() instanceof LessonContent.DocumentAttachment d ? d : null);
  }

  /** A training administrator, or a person enrolled in the course (any version). */
  private boolean mayRead(HttpServletRequest request, CourseVersionId course) {
    if (request.isUserInRole(Role.TRAINING_ADMIN_NAME)) {
      return true;
    }
    String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    return people.personOf(user)
        .map(p -> !enrolments.findByPersonAndCourse(p.getStaffNo(), course.course()).isEmpty())
        .orElse(false);
  }

  private static long number(HttpServletRequest request, String name) {
    try {
      String v = request.getParameter(name);
      return v == null ? -1 : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

}
