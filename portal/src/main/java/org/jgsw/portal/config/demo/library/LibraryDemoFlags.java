package org.jgsw.portal.config.demo.library;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The app_setting flag rows of the demo library, each read and write its own transaction. */
@Stateless
public class LibraryDemoFlags {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  /** Whether a demo loader guarded by {@code key} should run: demo data is on and it has not run on this database. */
  public boolean due(String key) {
    return demoData && get(key) == null;
  }

  public String get(String key) {
    List<?> rows = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?").setParameter(1, key).getResultList();
    return rows.isEmpty() ? null : String.valueOf(rows.get(0));
  }

  public void set(String key, String value) {
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)").setParameter(1, key).setParameter(2, value).executeUpdate();
  }
}
