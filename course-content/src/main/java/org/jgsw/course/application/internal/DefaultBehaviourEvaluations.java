package org.jgsw.course.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgsw.course.application.BehaviourEvaluations;
import org.jgsw.course.application.NotFoundException;
import org.jgsw.course.application.port.CompetencyEvidence;
import org.jgsw.course.application.port.CompetencyEvidenceSink;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.BehaviourRatingRequestRepository;
import org.jgsw.course.domain.CompetencyRating;
import org.jgsw.course.domain.EnrolmentId;

/** Coordinates Level-3 ratings: rate in the domain, store, send evidence out through the port. */
public class DefaultBehaviourEvaluations implements BehaviourEvaluations {

  private final BehaviourRatingRequestRepository requests;
  private final CompetencyEvidenceSink evidence;
  private final Clock clock;

  public DefaultBehaviourEvaluations(
      BehaviourRatingRequestRepository requests, CompetencyEvidenceSink evidence, Clock clock) {
    this.requests = Objects.requireNonNull(requests);
    this.evidence = Objects.requireNonNull(evidence);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public List<BehaviourRatingRequest> openFor(String supervisor) {
    LocalDate today = LocalDate.now(clock);
    return requests.findBySupervisor(supervisor).stream().filter(r -> r.isOpenOn(today)).toList();
  }

  @Override
  public BehaviourRatingRequest rate(String supervisor, EnrolmentId id, Map<String, Integer> levels, String comment) {
    BehaviourRatingRequest request = requests.find(id)
        .orElseThrow(() -> new NotFoundException("没有行为层评价请求 " + id.value()));
    BehaviourRatingRequest rated = request.rate(supervisor, levels, comment, LocalDate.now(clock));
    requests.store(rated);
    for (CompetencyRating r : rated.rating().ratings()) {
      // the request knows the course, not its version or title: the receiving side names the course
      evidence.accept(CompetencyEvidence.supervisorRating(
          r.competencyCode(), rated.personId(), r.level(), supervisor, rated.rating().ratedOn(), rated.course(), "", 0));
    }
    return rated;
  }
}
