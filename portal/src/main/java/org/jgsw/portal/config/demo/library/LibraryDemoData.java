package org.jgsw.portal.config.demo.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import org.jgsw.portal.library.LibraryImport;
import org.jgsw.portal.library.LibraryImportReport;

/**
 * Loads the demo library ({@value #RESOURCE}: 45 standards, regulations and cases written for the
 * demo) through the JSON Lines import, once per database (flag row {@value #FLAG}), and only when
 * {@code portal.demo-data} is on.
 */
@Singleton
@Startup
@DependsOn({"StartupData", "LibraryIndexing"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryDemoData {

  private static final Logger LOG = Logger.getLogger(LibraryDemoData.class.getName());
  static final String RESOURCE = "/demo/library/documents.jsonl";
  static final String FLAG = "library-demo.loaded";

  @Inject LibraryImport importer;
  @Inject LibraryDemoFlags flags;

  @PostConstruct
  void load() {
    if (!flags.due(FLAG)) {
      return;
    }
    try (InputStream in = LibraryDemoData.class.getResourceAsStream(RESOURCE)) {
      LibraryImportReport report = importer.importJsonLines("system", new InputStreamReader(in, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
      flags.set(FLAG, LocalDate.now().toString());
      LOG.info(() -> "Demo library loaded: " + report.created() + " created, " + report.updated() + " updated, " + report.rejected() + " rejected " + report.problems());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
