package org.jgsw.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for pages: an anonymous request for a protected page is redirected to the login page
 * and, after {@code SecurityContext.authenticate}, back to where the user was going; the session then
 * remembers the caller (see {@link SessionCaller}, re-applied by {@link PortalAuthenticationMechanism}).
 *
 * <p>{@code @Typed} hides this bean from the container as an {@link HttpAuthenticationMechanism}
 * (Jakarta Security allows only one); {@link PortalAuthenticationMechanism} delegates to it.
 */
@ApplicationScoped
@Typed(PageAuthentication.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml", useForwardToLogin = false)
public class PageAuthentication implements HttpAuthenticationMechanism {

  @Inject CredentialCheck credentials;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      CredentialValidationResult result = credentials.check(password, request, true);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        SessionCaller.remember(request, result);
      }
      return context.notifyContainerAboutLogin(result);
    }
    return context.doNothing();
  }
}
