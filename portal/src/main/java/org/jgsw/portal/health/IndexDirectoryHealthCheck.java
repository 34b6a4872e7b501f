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
import org.jgsw.portal.library.LibraryIndexing;
import org.jgsw.portal.library.LibraryService;

/**
 * The library's Lucene index lives in {@code <portal.data.dir>/index}: the portal is not ready, and
 * not alive, if that directory is missing or cannot be written (a full or read-only disk). The data
 * also compare the documents in the index with those in the database ({@code inSync}); a difference
 * is reported, not failed: the index catches up from the change log, or ADMIN rebuilds it.
 */
@Readiness
@Liveness
@ApplicationScoped
public class IndexDirectoryHealthCheck implements HealthCheck {

  @Inject DataDirectory dataDirectory;
  @Inject LibraryIndexing indexing;
  @Inject LibraryService library;

  @Override
  public HealthCheckResponse call() {
    Path index = dataDirectory.indexDirectory();
    boolean ok = Files.isDirectory(index) && Files.isWritable(index);
    long indexed = -1;
    long stored = -1;
    try {
      indexed = indexing.count();
      stored = library.count();
    } catch (RuntimeException e) {
      ok = false;
    }
    return HealthCheckResponse.named("index-directory")
        .status(ok)
        .withData("path", index.toAbsolutePath().normalize().toString())
        .withData("usableSpaceMB", usableMegabytes(index))
        .withData("indexDocuments", indexed)
        .withData("databaseDocuments", stored)
        .withData("inSync", indexed == stored)
        .withData("rebuilding", indexing.rebuildState().running())
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
