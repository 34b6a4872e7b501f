package org.jgsw.portal.security;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on a page session, <em>with their groups</em>, kept in the session at form login
 * and re-applied by {@link PortalAuthenticationMechanism} on every later request of the session.
 *
 * <p>{@code @AutoApplySession} alone re-applies only the principal and lets Payara look the groups
 * up again, which under load sometimes finds none: a signed-in user got a 403 on about 4 % of page
 * requests with 50 concurrent sessions (TrainingHttpBenchmark; Payara issue 6145).
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

  private static final String ATTRIBUTE = SessionCaller.class.getName();

  /** Remembers a successful form login in the request's session. */
  static void remember(HttpServletRequest request, CredentialValidationResult result) {
    request.getSession(true).setAttribute(ATTRIBUTE,
        new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
  }

  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /** The caller this request's session signed in, or {@code null}. */
  static SessionCaller of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
  }

  jakarta.security.enterprise.AuthenticationStatus applyTo(HttpMessageContext context) {
    return context.notifyContainerAboutLogin(new CallerPrincipal(name), groups);
  }
}
