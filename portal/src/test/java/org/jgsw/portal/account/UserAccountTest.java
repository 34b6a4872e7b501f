package org.jgsw.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);
  private final UserAccount account = new UserAccount("li.ming", "李明", EnumSet.of(Role.STAFF));

  @Test
  void locksAfterTheFifthFailureInARow() {
    for (int i = 1; i < 5; i++) {
      assertThat(account.recordFailedLogin(5, NOW.plusMinutes(15))).isFalse();
    }
    assertThat(account.isLockedAt(NOW)).isFalse();
    assertThat(account.recordFailedLogin(5, NOW.plusMinutes(15))).isTrue();
    assertThat(account.isLockedAt(NOW)).isTrue();
    assertThat(account.isLockedAt(NOW.plusMinutes(16))).isFalse();
  }

  @Test
  void aSuccessfulLoginResetsTheCount() {
    account.recordFailedLogin(5, NOW);
    account.recordFailedLogin(5, NOW);
    account.recordSuccessfulLogin(NOW);
    assertThat(account.getFailedLogins()).isZero();
    assertThat(account.getLastLogin()).isEqualTo(NOW);
    for (int i = 1; i < 5; i++) {
      account.recordFailedLogin(5, NOW.plusMinutes(15));
    }
    assertThat(account.isLockedAt(NOW)).isFalse();
  }

  @Test
  void unlockClearsTheLock() {
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(5, NOW.plusMinutes(15));
    }
    account.unlock();
    assertThat(account.isLockedAt(NOW)).isFalse();
  }

  @Test
  void aUserMayHoldSeveralRoles() {
    account.setRoles(EnumSet.of(Role.STAFF, Role.HR));
    assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.HR);
    account.setRoles(null);
    assertThat(account.getRoles()).isEmpty();
  }
}
