package org.jgsw.portal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.portal.account.UserAccount;

/**
 * Locks an account after {@code portal.login.max-failures} failed logins in a row, for {@code
 * portal.login.lock-minutes}. A locked account is refused even with the right password, which stops
 * password guessing against one account. Unknown user names are not tracked, so nothing is learnt
 * from trying them.
 */
@Stateless
public class LoginThrottle {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "portal.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  public boolean isLocked(String username) {
    return account(username).map(a -> a.isLockedAt(LocalDateTime.now())).orElse(false);
  }

  /** Returns whether this failure locked the account. */
  public boolean recordFailure(String username) {
    return account(username)
        .map(a -> a.recordFailedLogin(maxFailures, LocalDateTime.now().plus(Duration.ofMinutes(lockMinutes))))
        .orElse(false);
  }

  public void recordSuccess(String username) {
    account(username).ifPresent(a -> a.recordSuccessfulLogin(LocalDateTime.now()));
  }

  public int lockMinutes() {
    return lockMinutes;
  }

  private Optional<UserAccount> account(String username) {
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
