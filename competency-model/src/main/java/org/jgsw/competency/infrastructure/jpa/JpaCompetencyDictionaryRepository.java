package org.jgsw.competency.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.competency.domain.CompetencyGroup;

/** The dictionary in {@code cmp_group} and {@code cmp_competency}: two statements to load it all. */
@ApplicationScoped
@Transactional
public class JpaCompetencyDictionaryRepository implements CompetencyDictionaryRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public CompetencyDictionary load() {
    return new CompetencyDictionary(
        em.createNamedQuery("CompetencyGroupRecord.findAll", CompetencyGroupRecord.class).getResultList().stream()
            .map(CompetencyGroupRecord::toDomain).toList(),
        em.createNamedQuery("CompetencyRecord.findAll", CompetencyRecord.class).getResultList().stream()
            .map(CompetencyRecord::toDomain).toList());
  }

  @Override
  public Optional<Competency> find(CompetencyCode code) {
    return Optional.ofNullable(em.find(CompetencyRecord.class, code.value())).map(CompetencyRecord::toDomain);
  }

  @Override
  public void store(CompetencyGroup group) {
    CompetencyGroupRecord existing = em.find(CompetencyGroupRecord.class, group.id());
    if (existing != null) {
      existing.copyFrom(group);
    } else {
      long count = em.createQuery("SELECT COUNT(g) FROM CompetencyGroupRecord g", Long.class).getSingleResult();
      em.persist(new CompetencyGroupRecord(group, (int) count * 10));
    }
  }

  @Override
  public void store(Competency competency) {
    CompetencyRecord existing = em.find(CompetencyRecord.class, competency.code().value());
    if (existing != null) {
      existing.copyFrom(competency);
    } else {
      long count = em.createQuery("SELECT COUNT(c) FROM CompetencyRecord c", Long.class).getSingleResult();
      em.persist(new CompetencyRecord(competency, (int) count * 10));
    }
  }
}
