package org.jgsw.portal.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one directory that holds everything the portal writes ({@code portal.data.dir}, default
 * {@code ./data}): the H2 database ({@code db/}), the Lucene index ({@code index/}) and uploaded
 * files ({@code files/}). Backing up this directory backs up the embedded portal.
 */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "portal.data.dir")
  String dataDir;

  @PostConstruct
  void createDirectories() {
    try {
      Files.createDirectories(indexDirectory());
      Files.createDirectories(filesDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directories under " + root().toAbsolutePath(), e);
    }
  }

  public Path root() {
    return Path.of(dataDir);
  }

  public Path indexDirectory() {
    return root().resolve("index");
  }

  public Path filesDirectory() {
    return root().resolve("files");
  }
}
