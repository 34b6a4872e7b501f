package org.jgsw.portal.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jgsw.portal.common.CommittedSnapshot;

/**
 * Every training plan's name by id, read in one query and kept until a plan is written: each
 * assignment in 我的学习 shows its plan's name, and a bureau has a few hundred plans over the years.
 */
@ApplicationScoped
public class PlanNames {

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  private final CommittedSnapshot<Map<Long, String>> snapshot = new CommittedSnapshot<>();

  /** The names of these plans (a plan not found is left out). */
  public Map<Long, String> of(Collection<Long> planIds) {
    Map<Long, String> every = snapshot.get(this::load);
    Map<Long, String> wanted = new HashMap<>();
    for (Long id : planIds) {
      String name = every.get(id);
      if (name != null) {
        wanted.put(id, name);
      }
    }
    return wanted;
  }

  /** Tells the names that a plan was written: they are read afresh after the writing transaction ends. */
  public void changed() {
    snapshot.changed(transactions);
  }

  private Map<Long, String> load() {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT p.id, p.name FROM PlanRecord p", Object[].class).getResultList()
        .forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
    return Map.copyOf(names);
  }
}
