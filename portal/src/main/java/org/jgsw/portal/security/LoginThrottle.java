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

  /**
   * Resets the failure count and stamps the login. A bulk update, not a change to the managed
   * account: several first requests of one user arriving together (an app opening many API calls)
   * each record a success, and versioned updates of the same row made all but one of them fail
   * with an optimistic-lock error (HTTP 500). The row lock serialises them instead; nothing is lost,
   * as every one of them writes the same reset.
   */
  public void recordSuccess(String username) {
    em.createQuery("UPDATE UserAccount a SET a.failedLogins = 0, a.lockedUntil = NULL, a.lastLogin = :now"
            + " WHERE a.username = :username")
        .setParameter("now", LocalDateTime.now())
        .setParameter("username", username)
        .executeUpdate();
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
