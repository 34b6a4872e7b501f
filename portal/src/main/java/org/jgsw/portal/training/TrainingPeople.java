package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.TargetMember;
import org.jgsw.portal.account.UserAccount;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.Unit;

/**
 * Training's view of the organisation. Training identifies a person by staff number (工号), units
 * and posts by their codes; a unit includes its sub-units, so a member's unit ids are the unit and
 * every unit above it.
 */
@ApplicationScoped
public class TrainingPeople {

  @PersistenceContext EntityManager em;

  /** The person behind a login, if the account is linked to one. */
  public Optional<Person> personOf(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", username)
        .getResultStream().findFirst().map(UserAccount::getPerson);
  }

  public Optional<Person> byStaffNo(String staffNo) {
    return em.createNamedQuery("Person.findByStaffNo", Person.class).setParameter("staffNo", staffNo).getResultStream().findFirst();
  }

  /** Leaders (领导职务) have the five-year requirement; everyone else the yearly concentrated one. */
  public static PersonCategory categoryOf(Person p) {
    boolean leader = (p.getRank() != null && p.getRank().isLeadership()) || (p.getPost() != null && p.getPost().isLeadership());
    return leader ? PersonCategory.LEADER : PersonCategory.SECTION_AND_BELOW;
  }

  /** Every active person as a plan-target member. */
  public List<TargetMember> allMembers() {
    List<Person> people = em.createQuery(
        "SELECT p FROM Person p JOIN FETCH p.unit LEFT JOIN FETCH p.post WHERE p.active = TRUE ORDER BY p.staffNo", Person.class)
        .getResultList();
    Map<Long, Set<String>> chains = new HashMap<>();
    return people.stream().map(p -> member(p, chains)).toList();
  }

  public TargetMember member(Person p) {
    return member(p, new HashMap<>());
  }

  private static TargetMember member(Person p, Map<Long, Set<String>> chains) {
    Set<String> units = chains.computeIfAbsent(p.getUnit().getId(), id -> {
      Set<String> codes = new LinkedHashSet<>();
      for (Unit u = p.getUnit(); u != null; u = u.getParent()) {
        codes.add(u.getCode());
      }
      return codes;
    });
    return new TargetMember(p.getStaffNo(), units, p.getPost() == null ? null : p.getPost().getCode(),
        p.getRank() == null ? null : p.getRank().name(), p.getEntryChannel() == null ? null : p.getEntryChannel().name());
  }

  /** The staff number of whoever holds a leadership post in the person's unit (科室负责人), not the person. */
  public Optional<String> supervisorOf(String staffNo) {
    return byStaffNo(staffNo).flatMap(p -> em.createQuery(
            "SELECT s.staffNo FROM Person s WHERE s.unit = :unit AND s.post.leadership = TRUE AND s.active = TRUE "
                + "AND s.staffNo <> :self ORDER BY s.staffNo", String.class)
        .setParameter("unit", p.getUnit()).setParameter("self", staffNo).setMaxResults(1).getResultStream().findFirst());
  }

  /** Staff numbers of the people a supervisor rates: the others in the units where they hold a leadership post. */
  public List<String> teamOf(String supervisorStaffNo) {
    return em.createQuery(
            "SELECT p.staffNo FROM Person p, Person s WHERE s.staffNo = :sup AND s.post.leadership = TRUE "
                + "AND p.unit = s.unit AND p.active = TRUE AND p.staffNo <> s.staffNo ORDER BY p.staffNo", String.class)
        .setParameter("sup", supervisorStaffNo).getResultList();
  }

  /** Names by staff number, for lists and reports. */
  public Map<String, String> namesOf(java.util.Collection<String> staffNos) {
    Map<String, String> names = new HashMap<>();
    if (staffNos.isEmpty()) {
      return names;
    }
    for (Object[] row : em.createQuery("SELECT p.staffNo, p.name FROM Person p WHERE p.staffNo IN :nos", Object[].class)
        .setParameter("nos", List.copyOf(staffNos)).getResultList()) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }

  public boolean exists(String staffNo) {
    return byStaffNo(staffNo).isPresent();
  }
}
