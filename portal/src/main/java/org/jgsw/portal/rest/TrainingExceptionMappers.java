package org.jgsw.portal.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.domain.InvalidTrainingDataException;
import org.jgsw.course.domain.QuizRejectedException;

/** JSON errors for the training module's exceptions; the messages are the domain's Chinese ones. */
public final class TrainingExceptionMappers {

  private TrainingExceptionMappers() {}

  /** A quiz submission or attempt refused by a rule (tampered, late, over the limit): 409 with the reason. */
  @Provider
  public static class QuizRejectedMapper implements ExceptionMapper<QuizRejectedException> {
    @Override
    public Response toResponse(QuizRejectedException e) {
      return ApiExceptionMappers.error(409, "quiz_" + e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    }
  }

  @Provider
  public static class TrainingNotFoundMapper implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return ApiExceptionMappers.error(404, "not_found", e.getMessage());
    }
  }

  @Provider
  public static class InvalidTrainingDataMapper implements ExceptionMapper<InvalidTrainingDataException> {
    @Override
    public Response toResponse(InvalidTrainingDataException e) {
      return ApiExceptionMappers.error(400, "invalid_training_data", String.join("；", e.problems()));
    }
  }
}
