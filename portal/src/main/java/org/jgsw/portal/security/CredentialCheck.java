package org.jgsw.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * Checks a user name and password for both login paths (form and HTTP Basic): refuses locked
 * accounts, asks the identity store, counts failures and writes the audit log.
 */
@ApplicationScoped
public class CredentialCheck {

  /** Request attribute set when a login was refused because the account is locked. */
  public static final String LOCKED_ATTRIBUTE = "org.jgsw.portal.login.locked";

  @Inject IdentityStoreHandler identityStore;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;
  @Inject VerifiedCredentials verified;

  /**
   * @param auditSuccess whether a successful check is a login worth an audit entry: yes for the form
   *     login; no for HTTP Basic, which checks the password on every API call and would flood the log
   *     (failed and locked attempts are always audited)
   */
  public CredentialValidationResult check(UsernamePasswordCredential credential, HttpServletRequest request, boolean auditSuccess) {
    String username = credential.getCaller();
    if (username == null || username.isBlank()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String password = credential.getPasswordAsString();
    if (!auditSuccess) {
      // HTTP Basic repeats the password on every call: a password verified a moment ago is enough
      CredentialValidationResult recalled = verified.recall(username, password);
      if (recalled != null) {
        return recalled;
      }
    }
    String remote = request.getRemoteAddr();
    if (throttle.isLocked(username)) {
      verified.forget(username);
      request.setAttribute(LOCKED_ATTRIBUTE, Boolean.TRUE);
      audit.record(username, AuditAction.LOGIN_LOCKED, "USER", username, "account locked", remote);
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.recordSuccess(username);
      if (!auditSuccess) {
        verified.remember(username, password, result);
      }
      if (auditSuccess) {
        audit.record(username, AuditAction.LOGIN, "USER", username, request.getRequestURI(), remote);
      }
    } else {
      verified.forget(username);
      boolean lockedNow = throttle.recordFailure(username);
      audit.record(username, AuditAction.LOGIN_FAILED, "USER", username, lockedNow ? "locked after repeated failures" : null, remote);
      if (lockedNow) {
        request.setAttribute(LOCKED_ATTRIBUTE, Boolean.TRUE);
      }
    }
    return result;
  }
}
