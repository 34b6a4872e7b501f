package org.jgsw.portal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.account.Role;

/**
 * The signed-in user as pages see it: name, roles and display name. Session-scoped because it
 * belongs to the login; everything else on the pages is request- or view-scoped.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient AccountService accounts;
  @Inject Messages messages;

  private String loadedFor;
  private String displayName;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal p = security.getCallerPrincipal();
    return p == null ? null : p.getName();
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }

  public String getDisplayName() {
    String username = getUsername();
    if (username == null) {
      return "";
    }
    if (!username.equals(loadedFor)) {
      displayName = accounts.findByUsername(username).map(a -> a.getDisplayName()).orElse(username);
      loadedFor = username;
    }
    return displayName;
  }

  /** The user's roles in the page's language, e.g. "干部职工、人事". */
  public String getRoleLabels() {
    return Arrays.stream(Role.values())
        .filter(r -> hasRole(r.name()))
        .map(r -> messages.text("role." + r.name()))
        .collect(Collectors.joining(messages.isChinese() ? "、" : ", "));
  }
}
