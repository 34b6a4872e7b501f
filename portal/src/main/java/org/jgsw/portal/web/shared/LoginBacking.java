package org.jgsw.portal.web.shared;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.security.CredentialCheck;
import org.jgsw.portal.security.LoginThrottle;
import org.jgsw.portal.security.ReturnTo;

/** Form login and logout. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject Messages messages;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;

  private String username;
  private String password;

  public void login() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    UsernamePasswordCredential credential = new UsernamePasswordCredential(username.trim().toLowerCase(), new Password(password));
    AuthenticationStatus status = security.authenticate(request, response, withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete(); // redirected back to the page the user wanted
      case SUCCESS -> external.redirect(external.getRequestContextPath() + ReturnTo.take(request, "/home.xhtml"));
      default -> {
        boolean locked = Boolean.TRUE.equals(request.getAttribute(CredentialCheck.LOCKED_ATTRIBUTE));
        messages.error(locked ? "login.locked" : "login.failed", throttle.lockMinutes());
        external.getFlash().setKeepMessages(false);
      }
    }
  }

  public void logout() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String who = request.getRemoteUser();
    request.logout();
    external.invalidateSession();
    if (who != null) {
      audit.record(who, AuditAction.LOGOUT, "USER", who, null, request.getRemoteAddr());
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
