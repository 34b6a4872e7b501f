package org.jgsw.competency.domain;

import java.util.Optional;

/** Where the competency dictionary (能力词典) is kept: its groups and competencies. */
public interface CompetencyDictionaryRepository {

  /** The whole dictionary, checked as a tree. */
  CompetencyDictionary load();

  Optional<Competency> find(CompetencyCode code);

  /** Adds a group, or replaces the one with the same ID. */
  void store(CompetencyGroup group);

  /** Adds a competency, or replaces the one with the same code. */
  void store(Competency competency);
}
