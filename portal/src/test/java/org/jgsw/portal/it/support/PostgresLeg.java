package org.jgsw.portal.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the PostgreSQL leg once per test JVM: checks that the server answers and drops and
 * recreates the test schema, so Flyway migrates an empty schema and the demo data is loaded afresh.
 */
public final class PostgresLeg {

  public static final String NEEDS_SERVER =
      "PostgreSQL leg needs a server at 127.0.0.1:5432, database test, user postgres";

  /** Whether the leg can run; {@code problem} says why not. */
  public record Readiness(boolean ready, String problem) {}

  private static Readiness readiness;

  private PostgresLeg() {}

  public static synchronized Readiness prepareOnce() {
    if (readiness == null) {
      readiness = prepare();
    }
    return readiness;
  }

  private static Readiness prepare() {
    String url = ItSettings.pgUrl();
    String schema = schemaOf(url);
    DriverManager.setLoginTimeout(5);
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, ItSettings.pgUser(), ItSettings.pgPassword());
    } catch (SQLException e) {
      return new Readiness(false, NEEDS_SERVER + " (" + url + " as " + ItSettings.pgUser() + ": " + e.getMessage() + ")");
    }
    try (connection; Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      sql.execute("CREATE SCHEMA " + schema);
      return new Readiness(true, null);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot recreate schema " + schema + " on " + url + ": " + e.getMessage(), e);
    }
  }

  /** The schema named by {@code currentSchema} in the JDBC URL; only plain identifiers are accepted. */
  static String schemaOf(String url) {
    Matcher m = Pattern.compile("[?&]currentSchema=([^&]+)").matcher(url);
    String schema = m.find() ? m.group(1) : "portal_it";
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Test schema must be a plain lower-case identifier: " + schema);
    }
    if (schema.equals("public")) {
      throw new IllegalArgumentException("Refusing to drop schema public: give the tests their own currentSchema");
    }
    return schema;
  }
}
