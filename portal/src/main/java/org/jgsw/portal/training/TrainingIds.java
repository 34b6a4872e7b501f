package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Next values of the training sequences (V4__training.sql) for ids the domain asks for before it
 * stores anything ({@code nextId()}). H2 and PostgreSQL spell "next value" differently.
 */
@ApplicationScoped
@Transactional
public class TrainingIds {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "portal.db.url", defaultValue = "jdbc:h2:")
  String dbUrl;

  public long next(String sequence) {
    if (!sequence.matches("trn_[a-z_]+_seq")) {
      throw new IllegalArgumentException("Not a training sequence: " + sequence);
    }
    String sql = dbUrl.startsWith("jdbc:postgresql:") ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
