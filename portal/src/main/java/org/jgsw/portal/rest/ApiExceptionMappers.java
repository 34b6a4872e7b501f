package org.jgsw.portal.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.validation.ConstraintViolationException;
import jakarta.ejb.EJBAccessException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.rest.dto.ErrorDto;

/** Turns every failure of the API into a JSON error; never an HTML page or a stack trace. */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  private ApiExceptionMappers() {}

  static Response error(int status, String code, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(new ErrorDto(status, code, message)).build();
  }

  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof ForbiddenException) {
        return error(403, "forbidden", "无权访问该资源");
      }
      if (e instanceof NotFoundException) {
        return error(404, "not_found", "资源不存在");
      }
      return error(status, "http_" + status, e.getMessage());
    }
  }

  @Provider
  public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return error(403, "forbidden", "无权访问该资源");
    }
  }

  @Provider
  public static class BusinessRuleMapper implements ExceptionMapper<BusinessRuleException> {
    @Override
    public Response toResponse(BusinessRuleException e) {
      return error(409, e.getMessageKey(), RestTexts.text(e.getMessageKey(), e.getArguments()));
    }
  }

  @Provider
  public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      String message = e.getConstraintViolations().stream().map(v -> v.getMessage()).sorted().collect(Collectors.joining("；"));
      return error(400, "validation_failed", message);
    }
  }

  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (e instanceof WebApplicationException w) {
        return new WebApplicationMapper().toResponse(w);
      }
      LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
      return error(500, "internal_error", "服务器内部错误，已记录日志");
    }
  }
}
