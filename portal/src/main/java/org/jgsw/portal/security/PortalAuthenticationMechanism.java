package org.jgsw.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The portal's single authentication mechanism. Pages use form login ({@link PageAuthentication});
 * the REST API under {@code /api/} uses HTTP Basic so that {@code curl -u user:pass} works, and an
 * anonymous or failed API call gets a 401 with a JSON body rather than the login page.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject PageAuthentication pages;
  @Inject CredentialCheck credentials;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!isApi(request)) {
      SessionCaller signedIn = SessionCaller.of(request);
      if (signedIn != null && context.getAuthParameters().getCredential() == null) {
        // Before the login-to-continue and auto-apply interceptors of PageAuthentication run.
        return signedIn.applyTo(context);
      }
      AuthenticationStatus status = pages.validateRequest(request, response, context);
      if (status == AuthenticationStatus.SEND_CONTINUE && context.isProtected() && "GET".equals(request.getMethod())) {
        // Sent to the login page: remember where the user was going, so the login can lead back there.
        ReturnTo.remember(request);
      }
      return status;
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decode(header.substring(6).trim());
      if (credential != null) {
        CredentialValidationResult result = credentials.check(credential, request, false);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      boolean locked = Boolean.TRUE.equals(request.getAttribute(CredentialCheck.LOCKED_ATTRIBUTE));
      return unauthorized(response, context, locked ? "account_locked" : "invalid_credentials",
          locked ? "账户因多次登录失败已被临时锁定，请稍后再试" : "用户名或密码错误");
    }
    if (context.isProtected()) {
      return unauthorized(response, context, "authentication_required", "需要登录：请使用 HTTP Basic 认证");
    }
    return context.doNothing();
  }

  @Override
  public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request) ? AuthenticationStatus.SUCCESS : pages.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SessionCaller.forget(request);
    pages.cleanSubject(request, response, context);
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static UsernamePasswordCredential decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context, String code, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(JsonError.of(401, code, message));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing more to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
