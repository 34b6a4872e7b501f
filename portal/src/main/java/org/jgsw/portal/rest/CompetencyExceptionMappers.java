package org.jgsw.portal.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jgsw.portal.competency.InvalidRatingException;
import org.jgsw.portal.competency.RatingNotAllowedException;

/** Rating failures as JSON errors, in Chinese from the competency bundle the pages use. */
public final class CompetencyExceptionMappers {

  private static final String BUNDLE = "org.jgsw.portal.i18n.competency";

  private CompetencyExceptionMappers() {}

  static String text(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  @Provider
  public static class InvalidRatingMapper implements ExceptionMapper<InvalidRatingException> {
    @Override
    public Response toResponse(InvalidRatingException e) {
      return ApiExceptionMappers.error(400, "invalid_rating", e.problems().stream().map(CompetencyExceptionMappers::text).collect(Collectors.joining("；")));
    }
  }

  @Provider
  public static class RatingNotAllowedMapper implements ExceptionMapper<RatingNotAllowedException> {
    @Override
    public Response toResponse(RatingNotAllowedException e) {
      return ApiExceptionMappers.error(403, "forbidden", text(e.getMessage()));
    }
  }
}
