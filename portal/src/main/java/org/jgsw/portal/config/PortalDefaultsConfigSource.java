package org.jgsw.portal.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults for the embedded mode that depend on other settings, so they cannot be written as fixed
 * values in {@code microprofile-config.properties}.
 *
 * <ul>
 *   <li>{@code portal.db.url} defaults to an H2 file database inside {@code portal.data.dir};
 *   <li>{@code portal.db.class} follows the JDBC URL, so giving only a PostgreSQL URL is enough.
 * </ul>
 *
 * <p>The ordinal is below the properties file (100), environment (300) and system properties (400):
 * anything an operator sets wins. The values it derives from are read directly from system
 * properties and the environment because a config source must not ask the Config it belongs to.
 */
public class PortalDefaultsConfigSource implements ConfigSource {

  static final String DATA_DIR = "portal.data.dir";
  static final String DB_URL = "portal.db.url";
  static final String DB_CLASS = "portal.db.class";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(DATA_DIR, DB_URL, DB_CLASS);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(DATA_DIR, dataDir(), DB_URL, dbUrl(), DB_CLASS, dataSourceClassFor(dbUrl()));
  }

  @Override
  public String getValue(String name) {
    return switch (name) {
      case DATA_DIR -> dataDir();
      case DB_URL -> dbUrl();
      case DB_CLASS -> dataSourceClassFor(dbUrl());
      default -> null;
    };
  }

  @Override
  public String getName() {
    return "portal-defaults";
  }

  @Override
  public int getOrdinal() {
    return 90;
  }

  static String dataDir() {
    return setting(DATA_DIR, "./data");
  }

  static String dbUrl() {
    return setting(DB_URL, "jdbc:h2:file:" + dataDir() + "/db/portal;AUTO_SERVER=TRUE");
  }

  /** The DataSource implementation for a JDBC URL; H2 is the embedded default. */
  static String dataSourceClassFor(String jdbcUrl) {
    if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.ds.PGSimpleDataSource";
    }
    return "org.h2.jdbcx.JdbcDataSource";
  }

  /** System property first, then the environment variable MicroProfile Config would map it to. */
  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (isBlank(value)) {
      value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    }
    return isBlank(value) ? fallback : value;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
