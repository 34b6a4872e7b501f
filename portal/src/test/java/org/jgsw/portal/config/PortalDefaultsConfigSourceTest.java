package org.jgsw.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PortalDefaultsConfigSourceTest {

  private final PortalDefaultsConfigSource source = new PortalDefaultsConfigSource();

  @AfterEach
  void clear() {
    System.clearProperty("portal.data.dir");
    System.clearProperty("portal.db.url");
  }

  @Test
  void embeddedDefaultIsAnH2FileDatabaseInsideTheDataDirectory() {
    assertThat(source.getValue("portal.data.dir")).isEqualTo("./data");
    assertThat(source.getValue("portal.db.url")).isEqualTo("jdbc:h2:file:./data/db/portal;AUTO_SERVER=TRUE");
    assertThat(source.getValue("portal.db.class")).isEqualTo("org.h2.jdbcx.JdbcDataSource");
  }

  @Test
  void databaseFollowsTheDataDirectory() {
    System.setProperty("portal.data.dir", "/srv/portal");
    assertThat(source.getValue("portal.db.url")).isEqualTo("jdbc:h2:file:/srv/portal/db/portal;AUTO_SERVER=TRUE");
  }

  @Test
  void aPostgresUrlSelectsThePostgresDataSource() {
    System.setProperty("portal.db.url", "jdbc:postgresql://db:5432/portal");
    assertThat(source.getValue("portal.db.class")).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    assertThat(source.getValue("portal.db.url")).isEqualTo("jdbc:postgresql://db:5432/portal");
  }

  @Test
  void ranksBelowTheApplicationPropertiesEnvironmentAndSystemProperties() {
    assertThat(source.getOrdinal()).isLessThan(100);
    assertThat(source.getValue("portal.something.else")).isNull();
    assertThat(source.getPropertyNames()).containsExactlyInAnyOrder("portal.data.dir", "portal.db.url", "portal.db.class");
  }
}
