package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jgsw.course.application.port.PlanAudience;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.TargetMember;
import org.jgsw.portal.training.TrainingPeople;

/** Plan targets from the portal's people and unit tree: every active person (the plan keeps those it matches). */
@ApplicationScoped
public class OrganisationPlanAudience implements PlanAudience {

  @Inject TrainingPeople people;

  @Override
  public List<TargetMember> membersOf(PlanTarget target) {
    return people.allMembers();
  }
}
