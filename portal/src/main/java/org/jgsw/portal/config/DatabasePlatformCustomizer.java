package org.jgsw.portal.config;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Chooses EclipseLink's database platform from {@code portal.db.url} before it logs in.
 *
 * <p>Why: the H2 platform of EclipseLink 4.0 writes JPQL's {@code TRUE} as {@code 1}, which H2 2.x
 * refuses to compare with a BOOLEAN column ("Values of types BOOLEAN and INTEGER are not comparable").
 * {@link H2BooleanPlatform} writes {@code TRUE}/{@code FALSE}. PostgreSQL's platform already does.
 */
public class DatabasePlatformCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    String url = ConfigProvider.getConfig().getOptionalValue("portal.db.url", String.class).orElse("jdbc:h2:");
    if (url.startsWith("jdbc:postgresql:")) {
      replacePlatform(session, new PostgreSQLPlatform());
    } else if (url.startsWith("jdbc:h2:")) {
      replacePlatform(session, new H2BooleanPlatform());
    }
  }

  /** The entities' sequence generators are already registered on the old platform: carry them over. */
  private static void replacePlatform(Session session, DatabasePlatform platform) {
    DatasourcePlatform old = (DatasourcePlatform) session.getLogin().getDatasourcePlatform();
    platform.setDefaultSequence(old.getDefaultSequence());
    if (old.getSequences() != null) {
      old.getSequences().values().forEach(platform::addSequence);
    }
    session.getLogin().setPlatform(platform);
  }

  /** H2 with SQL boolean literals. */
  public static class H2BooleanPlatform extends H2Platform {
    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
      writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
  }
}
