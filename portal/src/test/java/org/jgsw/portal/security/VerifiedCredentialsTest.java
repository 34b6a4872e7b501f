package org.jgsw.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final VerifiedCredentials verified = new VerifiedCredentials(now::get);
  private final CredentialValidationResult staff = new CredentialValidationResult("staff", Set.of("STAFF"));

  @Test
  void recallsOnlyTheSamePasswordWithinTheMinute() {
    verified.remember("staff", "staff123456", staff);
    assertThat(verified.recall("staff", "staff123456")).isSameAs(staff);
    assertThat(verified.recall("staff", "staff1234567")).isNull();
    assertThat(verified.recall("hr", "staff123456")).isNull();
    now.addAndGet(VerifiedCredentials.TTL_MILLIS + 1);
    assertThat(verified.recall("staff", "staff123456")).isNull();
  }

  @Test
  void forgettingAUserDropsTheEntry() {
    verified.remember("staff", "staff123456", staff);
    verified.forget("staff");
    assertThat(verified.recall("staff", "staff123456")).isNull();
    verified.forget(null);
  }
}
