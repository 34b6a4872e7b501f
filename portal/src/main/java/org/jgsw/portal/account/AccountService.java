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

/** Creates and maintains login accounts; every change by an administrator is audited. */
@Stateless
public class AccountService {

  /** Shortest password accepted for a new account or a reset. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private AuditLog audit;

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

  public UserAccount update(String actor, UserAccount changed) {
    UserAccount saved = em.merge(changed);
    audit.record(actor, AuditAction.UPDATE, "USER", saved.getUsername(), "roles=" + saved.getRoles() + ", active=" + saved.isActive(), null);
    return saved;
  }

  public void resetPassword(String actor, long userId, String newPassword) {
    checkPassword(newPassword);
    UserAccount account = em.find(UserAccount.class, userId);
    account.setPasswordHash(passwordHash.generate(newPassword.toCharArray()));
    account.unlock();
    audit.record(actor, AuditAction.UPDATE, "USER", account.getUsername(), "password reset", null);
  }

  public void setActive(String actor, long userId, boolean active) {
    UserAccount account = em.find(UserAccount.class, userId);
    account.setActive(active);
    if (active) {
      account.unlock();
    }
    audit.record(actor, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, "USER", account.getUsername(), null, null);
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

  static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new BusinessRuleException("user.password.tooShort", MIN_PASSWORD_LENGTH);
    }
  }
}
