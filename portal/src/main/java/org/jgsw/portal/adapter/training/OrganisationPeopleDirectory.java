package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jgsw.course.application.port.PeopleDirectory;
import org.jgsw.course.domain.TargetMember;
import org.jgsw.portal.training.TrainingPeople;

/** People by staff number; the supervisor is the holder of a leadership post in the same unit. */
@ApplicationScoped
public class OrganisationPeopleDirectory implements PeopleDirectory {

  @Inject TrainingPeople people;

  @Override
  public Optional<TargetMember> find(String personId) {
    return people.byStaffNo(personId).map(people::member);
  }

  @Override
  public Optional<String> supervisorOf(String personId) {
    return people.supervisorOf(personId);
  }
}
