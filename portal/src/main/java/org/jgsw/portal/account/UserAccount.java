package org.jgsw.portal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.jgsw.portal.organisation.Person;

/**
 * A login account. Holds the PBKDF2 password hash, the roles and the lock-out state; optionally
 * linked to the {@link Person} it belongs to.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @NotBlank(message = "{user.username.required}")
  @Pattern(regexp = "[a-z0-9_.-]{2,60}", message = "{user.username.pattern}")
  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @NotBlank(message = "{user.displayName.required}")
  @Size(max = 60)
  @Column(name = "display_name")
  private String displayName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private boolean active = true;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "last_login")
  private LocalDateTime lastLogin;

  /** Where e-mail reminders go when they are switched on (portal.mail.enabled); may be empty. */
  private String email;

  @Column(name = "created_at")
  private LocalDateTime createdAt = LocalDateTime.now();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isLockedAt(LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed login; after {@code maxFailures} in a row the account is locked until {@code
   * lockedUntil}. Returns whether this failure locked the account.
   */
  public boolean recordFailedLogin(int maxFailures, LocalDateTime lockUntil) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = lockUntil;
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(LocalDateTime now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLogin = now;
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime getLastLogin() {
    return lastLogin;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof UserAccount other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return UserAccount.class.hashCode();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }
}
