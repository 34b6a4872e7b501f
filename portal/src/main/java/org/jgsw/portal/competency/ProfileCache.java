package org.jgsw.portal.competency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jgsw.competency.domain.CandidateProfile;

/**
 * Everyone's profiles of one kind (staff or candidates) as last read, with the freshness token they
 * were read under. {@link ProfileDirectory} compares the token (counts, highest IDs and summed
 * entity versions of people and ratings: one cheap statement) before every use and reloads when
 * anything changed, so a ranking of 50,000 people does not re-read two million ratings each time.
 */
@ApplicationScoped
public class ProfileCache {

  /**
   * One consistent read: people in ID order with their profiles and summaries, and the summaries by
   * key, built once, for selections that take everyone.
   */
  record Snapshot(String token, List<CandidateProfile> profiles, List<PersonSummary> summaries, List<String> appliedFor,
      Map<String, PersonSummary> byKey) {}

  private final Map<SubjectKind, Snapshot> snapshots = new ConcurrentHashMap<>();

  Snapshot get(SubjectKind kind, String token) {
    Snapshot s = snapshots.get(kind);
    return s != null && s.token().equals(token) ? s : null;
  }

  void put(SubjectKind kind, Snapshot snapshot) {
    snapshots.put(kind, snapshot);
  }

  /** Forgets every snapshot: for changes the freshness token cannot see, such as evidence removed. */
  void clear() {
    snapshots.clear();
  }
}
