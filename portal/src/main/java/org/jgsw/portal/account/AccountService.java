package org.jgsw.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import org.jgsw.portal.common.BusinessRuleException;
import java.util.Optional;
import java.util.Set;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.security.IdentityStoreConfiguration;
import org.jgsw.portal.security.VerifiedCredentials;

/** Creates and maintains login accounts; every change by an administrator is audited. */
@Stateless
public class AccountService {

  /** Shortest password accepted for a new account or a reset. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private AuditLog audit;
  @Inject private VerifiedCredentials verified;

  @PostConstruct
  void init() {
    passwordHash.initialize(IdentityStoreConfiguration.HASH_PARAMETERS);
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public long countAll() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  /** Creates an account; fails with {@link BusinessRuleException} if the name is taken or the password too short. */
  public UserAccount create(String actor, String username, String displayName, Set<Role> roles, String password, Person person) {
    String name = username == null ? "" : username.trim().toLowerCase();
    if (findByUsername(name).isPresent()) {
      throw new BusinessRuleException("user.username.taken", name);
    }
    checkPassword(password);
    UserAccount account = new UserAccount(name, displayName, roles);
    account.setPasswordHash(passwordHash.generate(password.toCharArray()));
    account.setPerson(person == null ? null : em.merge(person));
    em.persist(account);
    audit.record(actor, AuditAction.CREATE, "USER", name, "roles=" + roles, null);
    return account;
  }

  /** Saves display name, roles, person and active flag; an administrator cannot lock themself out. */
  public UserAccount update(String actor, UserAccount changed) {
    UserAccount stored = changed.getId() == null ? null : em.find(UserAccount.class, changed.getId());
    boolean wasAdmin = stored != null && stored.getRoles().contains(Role.ADMIN);
    checkNotLockingOut(actor, changed.getUsername(), wasAdmin, changed.isActive(), changed.getRoles());
    UserAccount saved = em.merge(changed);
    verified.forget(saved.getUsername());
    audit.record(actor, AuditAction.UPDATE, "USER", saved.getUsername(), "roles=" + saved.getRoles() + ", active=" + saved.isActive(), null);
    return saved;
  }

  public void resetPassword(String actor, long userId, String newPassword) {
    checkPassword(newPassword);
    UserAccount account = em.find(UserAccount.class, userId);
    account.setPasswordHash(passwordHash.generate(newPassword.toCharArray()));
    account.unlock();
    verified.forget(account.getUsername());
    audit.record(actor, AuditAction.UPDATE, "USER", account.getUsername(), "password reset", null);
  }

  public void setActive(String actor, long userId, boolean active) {
    UserAccount account = em.find(UserAccount.class, userId);
    checkNotLockingOut(actor, account.getUsername(), account.getRoles().contains(Role.ADMIN), active, account.getRoles());
    account.setActive(active);
    verified.forget(account.getUsername());
    if (active) {
      account.unlock();
    }
    audit.record(actor, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, "USER", account.getUsername(), null, null);
  }

  /** Lifts a lock-out after failed logins before it expires. */
  public void unlock(String actor, long userId) {
    UserAccount account = em.find(UserAccount.class, userId);
    account.unlock();
    audit.record(actor, AuditAction.UPDATE, "USER", account.getUsername(), "unlocked", null);
  }

  /**
   * A page of accounts whose user name or display name contains {@code text}, with their linked
   * person; {@code sortField} is one of username, displayName, active, lastLogin (else username).
   */
  public List<UserAccount> search(String text, int first, int max, String sortField, boolean ascending) {
    String column = switch (sortField == null ? "" : sortField) {
      case "displayName" -> "u.displayName";
      case "active" -> "u.active";
      case "lastLogin" -> "u.lastLogin";
      default -> "u.username";
    };
    TypedQuery<UserAccount> q = em.createQuery(
        "SELECT u FROM UserAccount u LEFT JOIN FETCH u.person WHERE " + FILTER + " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", u.id",
        UserAccount.class);
    bind(q, text);
    // the roles of the whole page in one IN query rather than one query per account
    q.setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN");
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public List<UserAccount> search(String text, int first, int max) {
    TypedQuery<UserAccount> q = em.createQuery("SELECT u FROM UserAccount u WHERE " + FILTER + " ORDER BY u.username", UserAccount.class);
    bind(q, text);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(String text) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE " + FILTER, Long.class);
    bind(q, text);
    return q.getSingleResult();
  }

  private static final String FILTER = "(:t = '' OR LOWER(u.username) LIKE :like OR u.displayName LIKE :raw)";

  private static void bind(TypedQuery<?> q, String text) {
    String t = text == null ? "" : text.trim();
    q.setParameter("t", t).setParameter("like", "%" + t.toLowerCase() + "%").setParameter("raw", "%" + t + "%");
  }

  /**
   * An administrator may not deactivate their own account or drop their own ADMIN role: the portal
   * would otherwise be left without anyone able to undo it.
   */
  static void checkNotLockingOut(String actor, String username, boolean wasAdmin, boolean active, Set<Role> roles) {
    if (actor == null || !actor.equalsIgnoreCase(username)) {
      return;
    }
    if (!active) {
      throw new BusinessRuleException("user.self.deactivate");
    }
    if (wasAdmin && (roles == null || !roles.contains(Role.ADMIN))) {
      throw new BusinessRuleException("user.self.adminRole");
    }
  }

  static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new BusinessRuleException("user.password.tooShort", MIN_PASSWORD_LENGTH);
    }
  }
}
