package org.jgsw.portal.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.common.BusinessRuleException;

/**
 * Maintains the unit tree, posts and people. Rules that span records (unique codes, where a unit may
 * sit in the tree, no deactivating a unit that still has active children) are checked here; every
 * change is written to the audit log with the acting user.
 */
@Stateless
public class OrganisationService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  // ---- units

  public List<Unit> allUnits() {
    return em.createNamedQuery("Unit.findAllOrdered", Unit.class).getResultList();
  }

  public Optional<Unit> findUnit(long id) {
    return Optional.ofNullable(em.find(Unit.class, id));
  }

  public Optional<Unit> findUnitByCode(String code) {
    return em.createNamedQuery("Unit.findByCode", Unit.class).setParameter("code", code).getResultStream().findFirst();
  }

  public Unit saveUnit(String actor, Unit unit) {
    Unit parent = unit.getParent();
    if (!unit.getKind().mayBeChildOf(parent == null ? null : parent.getKind())) {
      throw new BusinessRuleException("unit.parent.invalid");
    }
    for (Unit p = parent; p != null; p = p.getParent()) {
      if (unit.getId() != null && unit.getId().equals(p.getId())) {
        throw new BusinessRuleException("unit.parent.cycle");
      }
    }
    findUnitByCode(unit.getCode())
        .filter(other -> !other.getId().equals(unit.getId()))
        .ifPresent(other -> {
          throw new BusinessRuleException("code.taken", unit.getCode());
        });
    return store(actor, unit, unit.getId(), "UNIT", unit.getCode());
  }

  public void setUnitActive(String actor, long unitId, boolean active) {
    Unit unit = em.find(Unit.class, unitId);
    if (!active) {
      long children = em.createNamedQuery("Unit.countChildren", Long.class).setParameter("unit", unit).getSingleResult();
      if (children > 0) {
        throw new BusinessRuleException("unit.hasActiveChildren", children);
      }
    }
    unit.setActive(active);
    audit.record(actor, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, "UNIT", unit.getCode(), unit.getName(), null);
  }

  // ---- posts

  public List<Post> activePosts() {
    return em.createNamedQuery("Post.findActive", Post.class).getResultList();
  }

  public Optional<Post> findPost(long id) {
    return Optional.ofNullable(em.find(Post.class, id));
  }

  public Optional<Post> findPostByCode(String code) {
    return em.createNamedQuery("Post.findByCode", Post.class).setParameter("code", code).getResultStream().findFirst();
  }

  public List<Post> searchPosts(String text, Long unitId, int first, int max, String orderBy) {
    TypedQuery<Post> q = em.createQuery("SELECT p FROM Post p JOIN FETCH p.unit u WHERE " + POST_FILTER + " ORDER BY " + postOrder(orderBy), Post.class);
    bindPostFilter(q, text, unitId);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countPosts(String text, Long unitId) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Post p JOIN p.unit u WHERE " + POST_FILTER, Long.class);
    bindPostFilter(q, text, unitId);
    return q.getSingleResult();
  }

  public Post savePost(String actor, Post post) {
    findPostByCode(post.getCode())
        .filter(other -> !other.getId().equals(post.getId()))
        .ifPresent(other -> {
          throw new BusinessRuleException("code.taken", post.getCode());
        });
    return store(actor, post, post.getId(), "POST", post.getCode());
  }

  public void setPostActive(String actor, long postId, boolean active) {
    Post post = em.find(Post.class, postId);
    post.setActive(active);
    audit.record(actor, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, "POST", post.getCode(), post.getName(), null);
  }

  private static final String POST_FILTER = "(:t = '' OR p.name LIKE :like OR LOWER(p.code) LIKE :lower) AND (:unit IS NULL OR u.id = :unit)";

  private static void bindPostFilter(TypedQuery<?> q, String text, Long unitId) {
    String t = text == null ? "" : text.trim();
    q.setParameter("t", t).setParameter("like", "%" + t + "%").setParameter("lower", "%" + t.toLowerCase() + "%").setParameter("unit", unitId);
  }

  private static String postOrder(String orderBy) {
    return switch (orderBy == null ? "" : orderBy) {
      case "code" -> "p.code";
      case "unit" -> "u.sortOrder, p.name";
      default -> "p.name";
    };
  }

  // ---- people

  public Optional<Person> findPerson(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  public Optional<Person> findPersonByStaffNo(String staffNo) {
    return em.createNamedQuery("Person.findByStaffNo", Person.class).setParameter("staffNo", staffNo).getResultStream().findFirst();
  }

  public List<Person> searchPeople(PersonQuery query, int first, int max) {
    TypedQuery<Person> q = em.createQuery(
        "SELECT p FROM Person p JOIN FETCH p.unit u LEFT JOIN u.parent up LEFT JOIN FETCH p.post WHERE " + PersonQuery.WHERE + " ORDER BY " + query.orderClause(), Person.class);
    query.bind(q);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countPeople(PersonQuery query) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Person p JOIN p.unit u LEFT JOIN u.parent up WHERE " + PersonQuery.WHERE, Long.class);
    query.bind(q);
    return q.getSingleResult();
  }

  public Person savePerson(String actor, Person person) {
    findPersonByStaffNo(person.getStaffNo())
        .filter(other -> !other.getId().equals(person.getId()))
        .ifPresent(other -> {
          throw new BusinessRuleException("person.staffNo.taken", person.getStaffNo());
        });
    if (person.getPost() != null && !person.getPost().getUnit().equals(person.getUnit())) {
      throw new BusinessRuleException("person.post.otherUnit");
    }
    return store(actor, person, person.getId(), "PERSON", person.getStaffNo());
  }

  public void setPersonActive(String actor, long personId, boolean active) {
    Person person = em.find(Person.class, personId);
    person.setActive(active);
    audit.record(actor, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, "PERSON", person.getStaffNo(), person.getName(), null);
  }

  private <T> T store(String actor, T entity, Long id, String type, String key) {
    T saved;
    if (id == null) {
      em.persist(entity);
      saved = entity;
    } else {
      saved = em.merge(entity);
    }
    audit.record(actor, id == null ? AuditAction.CREATE : AuditAction.UPDATE, type, key, entity.toString(), null);
    return saved;
  }
}
