package org.jgsw.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.jgsw.portal.config.DatabaseMigration;

/**
 * Users and their roles live in the portal's own database ({@code app_user}, {@code user_role});
 * passwords are PBKDF2-HMAC-SHA256 hashes. Inactive accounts cannot log in.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DatabaseMigration.DATASOURCE,
    callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
    groupsQuery = "SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      // OWASP suggests 600k for SHA-256; 120k keeps HTTP Basic API calls (hashed on every call) near 50 ms here.
      "Pbkdf2PasswordHash.Iterations=120000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
@ApplicationScoped
public class IdentityStoreConfiguration {

  /** The same parameters, for hashing new passwords with an injected {@link Pbkdf2PasswordHash}. */
  public static final java.util.Map<String, String> HASH_PARAMETERS =
      java.util.Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "120000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");
}
