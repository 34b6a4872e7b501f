package org.jgsw.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that a user name and password were verified, so that an API client
 * sending HTTP Basic on every call does not pay for PBKDF2 (about 40 ms here) each time.
 *
 * <p>Only a keyed hash (HMAC-SHA256 with a random key made at start) of the password is kept, in
 * memory. An entry is dropped when the password fails, the account is locked, deactivated, changes
 * roles or gets a new password ({@link #forget}), and after {@link #TTL_MILLIS} in any case.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final long TTL_MILLIS = 60_000;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] digest, CredentialValidationResult result, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final LongSupplier clock;

  public VerifiedCredentials() {
    this(System::currentTimeMillis);
  }

  VerifiedCredentials(LongSupplier clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** The remembered result if this exact password was verified less than a minute ago. */
  CredentialValidationResult recall(String username, String password) {
    Entry entry = entries.get(username);
    if (entry == null) {
      return null;
    }
    if (entry.expiresAt() < clock.getAsLong()) {
      entries.remove(username, entry);
      return null;
    }
    return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry.result() : null;
  }

  void remember(String username, String password, CredentialValidationResult result) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, new Entry(digest(username, password), result, clock.getAsLong() + TTL_MILLIS));
  }

  /** Forget a user: their password, roles or state changed, or a login failed. */
  public void forget(String username) {
    if (username != null) {
      entries.remove(username);
    }
  }

  private byte[] digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
