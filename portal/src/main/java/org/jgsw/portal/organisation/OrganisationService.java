package org.jgsw.portal.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  public long countUnits() {
    return em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult();
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
    if (unit.getId() == null && unit.getSortOrder() == 0) {
      // a new unit goes after its siblings instead of jumping to the top of the tree
      unit.setSortOrder(em.createQuery("SELECT COALESCE(MAX(u.sortOrder), 0) FROM Unit u", Integer.class).getSingleResult() + 10);
    }
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
    return searchPosts(text, unitId, true, first, max, orderBy, true);
  }

  public long countPosts(String text, Long unitId) {
    return countPosts(text, unitId, true);
  }

  /**
   * A page of posts whose name or code contains {@code text}, in the unit {@code unitId} or a unit
   * directly below it; {@code orderBy} is one of code, name, unit, leadership, active (else name).
   */
  public List<Post> searchPosts(String text, Long unitId, boolean includeInactive, int first, int max, String orderBy, boolean ascending) {
    TypedQuery<Post> q = em.createQuery(
        "SELECT p FROM Post p JOIN FETCH p.unit u LEFT JOIN u.parent up" + postWhere(text, unitId, includeInactive) + " ORDER BY " + postOrder(orderBy, ascending), Post.class);
    bindPostFilter(q, text, unitId, includeInactive);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countPosts(String text, Long unitId, boolean includeInactive) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Post p JOIN p.unit u LEFT JOIN u.parent up" + postWhere(text, unitId, includeInactive), Long.class);
    bindPostFilter(q, text, unitId, includeInactive);
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

  /**
   * Only the conditions in use, every value bound: a JPQL literal TRUE, or a parameter compared with a
   * literal (":t = ''"), makes EclipseLink inline the values, and H2 then refuses "ACTIVE = 1".
   */
  private static String postWhere(String text, Long unitId, boolean includeInactive) {
    List<String> conditions = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      conditions.add("(p.name LIKE :like OR LOWER(p.code) LIKE :lower)");
    }
    if (unitId != null) {
      conditions.add("(u.id = :unit OR up.id = :unit)");
    }
    if (!includeInactive) {
      conditions.add("p.active = :active");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bindPostFilter(TypedQuery<?> q, String text, Long unitId, boolean includeInactive) {
    if (text != null && !text.isBlank()) {
      String t = text.trim();
      q.setParameter("like", "%" + t + "%").setParameter("lower", "%" + t.toLowerCase() + "%");
    }
    if (unitId != null) {
      q.setParameter("unit", unitId);
    }
    if (!includeInactive) {
      q.setParameter("active", true);
    }
  }

  /** Only whitelisted columns reach the JPQL, so a sort parameter cannot inject anything. */
  private static String postOrder(String orderBy, boolean ascending) {
    String column = switch (orderBy == null ? "" : orderBy) {
      case "code" -> "p.code";
      case "unit", "unit.path" -> "u.sortOrder";
      case "leadership" -> "p.leadership";
      case "active" -> "p.active";
      default -> "p.name";
    };
    return column + (ascending ? " ASC" : " DESC") + ", p.code, p.id";
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
        "SELECT p FROM Person p JOIN FETCH p.unit u LEFT JOIN u.parent up LEFT JOIN FETCH p.post" + query.where() + " ORDER BY " + query.orderClause(), Person.class);
    query.bind(q);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countPeople(PersonQuery query) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Person p JOIN p.unit u LEFT JOIN u.parent up" + query.where(), Long.class);
    query.bind(q);
    return q.getSingleResult();
  }

  public long countAllPeople() {
    return em.createNamedQuery("Person.countAll", Long.class).getSingleResult();
  }

  /** Up to {@code max} active people whose name or staff number contains {@code text}, for an autocomplete. */
  public List<Person> suggestPeople(String text, int max) {
    String t = text == null ? "" : text.trim();
    return em.createQuery("SELECT p FROM Person p WHERE p.active = :active AND (p.name LIKE :like OR LOWER(p.staffNo) LIKE :lower) ORDER BY p.name, p.staffNo", Person.class)
        .setParameter("active", true)
        .setParameter("like", "%" + t + "%")
        .setParameter("lower", "%" + t.toLowerCase() + "%")
        .setMaxResults(max)
        .getResultList();
  }

  public Person savePerson(String actor, Person person) {
    PersonRules.checkDates(person.getBirthDate(), person.getHireDate(), LocalDate.now()).stream().findFirst().ifPresent(r -> {
      throw new BusinessRuleException(r.key(), r.arguments().toArray());
    });
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

  /** Active posts of one unit, for choosing a person's post. */
  public List<Post> postsOfUnit(long unitId) {
    return em.createQuery("SELECT p FROM Post p WHERE p.unit.id = :unit AND p.active = :active ORDER BY p.name", Post.class)
        .setParameter("unit", unitId)
        .setParameter("active", Boolean.TRUE)
        .getResultList();
  }

  /**
   * Imports people from an .xlsx file, keyed by staff number: a known one updates that person, a new
   * one creates a person. Rows with problems are reported and skipped, the good rows are stored; the
   * import is audited once with its counts. A file that cannot be read at all throws a {@link
   * BusinessRuleException} and changes nothing.
   */
  public ImportReport importPeople(String actor, byte[] xlsx) {
    List<PersonSpreadsheet.SheetRow> rows = PersonSpreadsheet.read(xlsx);
    PersonImportValidator.Result checked = new PersonImportValidator(allUnits(), allPostsWithUnit(), LocalDate.now()).validate(rows);
    Map<String, Person> existing = peopleByStaffNo(checked.valid().stream().map(PersonImportValidator.ValidRow::staffNo).toList());
    int created = 0;
    for (PersonImportValidator.ValidRow row : checked.valid()) {
      Person person = existing.get(row.staffNo());
      if (person == null) {
        person = new Person();
        row.applyTo(person);
        em.persist(person);
        created++;
      } else {
        row.applyTo(person);
      }
    }
    em.flush();
    ImportReport report = new ImportReport(created, checked.valid().size() - created, checked.problems());
    audit.record(actor, AuditAction.IMPORT, "PERSON", null, report.summary(), null);
    return report;
  }

  /** Every person matching the query as an .xlsx in the import format; audited with the row count. */
  public byte[] exportPeople(String actor, PersonQuery query) {
    List<Person> people = new ArrayList<>();
    final int page = 500;
    for (int first = 0; ; first += page) {
      List<Person> batch = searchPeople(query, first, page);
      people.addAll(batch);
      if (batch.size() < page) {
        break;
      }
    }
    byte[] xlsx = PersonSpreadsheet.write(people);
    audit.record(actor, AuditAction.EXPORT, "PERSON", null, "rows=" + people.size() + ", filter=" + query, null);
    return xlsx;
  }

  /** The people import template, listing the current units and posts on its 说明 sheet. */
  public byte[] peopleTemplate() {
    return PersonSpreadsheet.template(allUnits(), allPostsWithUnit());
  }

  private List<Post> allPostsWithUnit() {
    return em.createQuery("SELECT p FROM Post p JOIN FETCH p.unit u ORDER BY u.sortOrder, p.code", Post.class).getResultList();
  }

  private Map<String, Person> peopleByStaffNo(List<String> staffNos) {
    Map<String, Person> found = new HashMap<>();
    for (int i = 0; i < staffNos.size(); i += 500) {
      em.createQuery("SELECT p FROM Person p WHERE p.staffNo IN :nos", Person.class)
          .setParameter("nos", staffNos.subList(i, Math.min(staffNos.size(), i + 500)))
          .getResultList()
          .forEach(p -> found.put(p.getStaffNo(), p));
    }
    return found;
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
