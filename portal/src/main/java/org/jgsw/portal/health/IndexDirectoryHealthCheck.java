package org.jgsw.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jgsw.portal.config.DataDirectory;

/**
 * The library's Lucene index lives in {@code <portal.data.dir>/index}: the portal is not ready, and
 * not alive, if that directory is missing or cannot be written (a full or read-only disk).
 */
@Readiness
@Liveness
@ApplicationScoped
public class IndexDirectoryHealthCheck implements HealthCheck {

  @Inject DataDirectory dataDirectory;

  @Override
  public HealthCheckResponse call() {
    Path index = dataDirectory.indexDirectory();
    boolean ok = Files.isDirectory(index) && Files.isWritable(index);
    return HealthCheckResponse.named("index-directory")
        .status(ok)
        .withData("path", index.toAbsolutePath().normalize().toString())
        .withData("usableSpaceMB", usableMegabytes(index))
        .build();
  }

  private static long usableMegabytes(Path path) {
    try {
      return Files.getFileStore(path).getUsableSpace() / (1024 * 1024);
    } catch (Exception e) {
      return -1;
    }
  }
}
