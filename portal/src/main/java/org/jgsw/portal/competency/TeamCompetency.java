package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.training.TrainingPeople;

/**
 * A supervisor's view of their team's competency gaps (差距), each member against the post model of
 * their own post. The team is the one of 我的团队 ({@link TrainingPeople#teamOf}): the other active
 * people of the units where the supervisor holds a leadership post. Nobody else's profile is given
 * out here.
 *
 * <p>SQL: the supervisor's account, their team, the team's IDs, the profiles (through the cache: one
 * freshness check, two reads when stale) and all models — a fixed number, whatever the team's size.
 */
@Stateless
public class TeamCompetency {

  @PersistenceContext private EntityManager em;
  @Inject TrainingPeople people;
  @Inject ProfileDirectory directory;
  @Inject PostModels models;
  @Inject WorkforceService workforce;

  /** The team of the supervisor signed in as {@code username}, by name; empty when they lead no unit. */
  public List<TeamMember> teamOf(String username) {
    Set<String> keys = teamKeys(username);
    if (keys.isEmpty()) {
      return List.of();
    }
    Population staff = directory.population(MatchFilter.staff(null));
    Map<String, PostModel> current = currentModels();
    List<TeamMember> members = new ArrayList<>();
    for (CandidateProfile p : staff.profiles()) {
      if (!keys.contains(p.id())) continue;
      PersonSummary s = staff.summaries().get(p.id());
      PostModel model = s.postCode() == null ? null : current.get(s.postCode());
      members.add(model == null
          ? new TeamMember(s, null, null, List.of())
          : new TeamMember(s, model, model.evaluate(p), model.gapsOf(p).gaps()));
    }
    members.sort(Comparator.comparing((TeamMember m) -> m.person().name()).thenComparing(m -> m.person().key()));
    return members;
  }

  /** Whether {@code personKey} is a member of the team of the supervisor signed in as {@code username}. */
  public boolean supervises(String username, String personKey) {
    return teamKeys(username).contains(personKey);
  }

  /** A team member's full profile (levels, evidence, gaps); empty when the person is not in the team. */
  public Optional<PersonCompetency> member(String username, String personKey) {
    return supervises(username, personKey) ? workforce.ofPerson(personKey) : Optional.empty();
  }

  /** Keys ({@code S…}) of the supervisor's team members. */
  private Set<String> teamKeys(String username) {
    Optional<String> staffNo = people.personOf(username).map(Person::getStaffNo);
    if (staffNo.isEmpty()) {
      return Set.of();
    }
    List<String> team = people.teamOf(staffNo.get());
    if (team.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    em.createQuery("SELECT p.id FROM Person p WHERE p.staffNo IN :nos", Long.class).setParameter("nos", team).getResultList()
        .forEach(id -> keys.add(SubjectKind.STAFF.key(id)));
    return keys;
  }

  /** Latest published model of each post: one read of all models instead of one per member. */
  private Map<String, PostModel> currentModels() {
    Map<String, PostModel> map = new HashMap<>();
    for (PostModel m : models.findAll()) {
      if (m.status() == ModelStatus.PUBLISHED) map.merge(m.post().value(), m, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return map;
  }
}
