package org.jgsw.portal.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the portal's DataSource and brings its schema up to date before anything uses JPA.
 *
 * <p>The DataSource is configured through MicroProfile Config ({@code portal.db.*}), so the same WAR
 * runs on the embedded H2 file database and on PostgreSQL. Every other start-up bean that touches the
 * database declares {@code @DependsOn("DatabaseMigration")}.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "${MPCONFIG=portal.db.class}",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 20)
@Singleton
@Startup
// Flyway commits its own work; a container transaction around it would forbid that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:app/jdbc/portal";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied)");
  }
}
