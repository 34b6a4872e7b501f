package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.CourseDto;
import org.jgsw.portal.training.LearningOverview;

/** The course catalogue: every published course in its current version. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "courses", description = "课程目录")
public class CourseResource {

  @Inject LearningOverview overview;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Published courses (current version): title, category, credit hours, minutes, lesson count")
  public List<CourseDto> courses() {
    return overview.catalogue(null).stream()
        .map(c -> new CourseDto(c.courseId(), c.version(), c.title(), c.category().label(), c.creditHours(), c.minutes(), c.lessons(), c.summary()))
        .toList();
  }
}
