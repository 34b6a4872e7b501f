package org.jgsw.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page an anonymous user asked for before being sent to the login page. Only paths inside the
 * portal are kept, so the login can never be used to redirect somewhere else.
 */
public final class ReturnTo {

  static final String ATTRIBUTE = "org.jgsw.portal.returnTo";

  private ReturnTo() {}

  static void remember(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    request.getSession(true).setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
  }

  /** The remembered path (relative to the context root) once, or the default. */
  public static String take(HttpServletRequest request, String defaultPath) {
    HttpSession session = request.getSession(false);
    Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
    return isLocalPath(value) ? (String) value : defaultPath;
  }

  static boolean isLocalPath(Object value) {
    return value instanceof String path
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.startsWith("/login.xhtml")
        && !path.startsWith("/jakarta.faces.resource");
  }
}
