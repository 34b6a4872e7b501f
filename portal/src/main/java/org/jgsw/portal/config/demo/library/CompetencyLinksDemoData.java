package org.jgsw.portal.config.demo.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.links.CompetencyDocuments;

/**
 * Links demo library documents to demo competencies (so the search filter and the competency page
 * show something), once per database under its own flag row — also on a database whose demo library
 * was loaded before links existed. Only when {@code portal.demo-data} is on.
 */
@Singleton
@Startup
@DependsOn({"LibraryDemoData", "CompetencyDemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CompetencyLinksDemoData {

  private static final Logger LOG = Logger.getLogger(CompetencyLinksDemoData.class.getName());
  static final String FLAG = "library-competency-demo.loaded";

  /** Demo document (externalId) → the competencies it is key reading for. */
  static final Map<String, List<String>> LINKS = links();

  @Inject LibraryService library;
  @Inject CompetencyDocuments competencyDocuments;
  @Inject LibraryDemoFlags flags;

  @PostConstruct
  void load() {
    if (!flags.due(FLAG)) {
      return;
    }
    Set<String> known = competencyDocuments.dictionary().stream().map(c -> c.code().value()).collect(Collectors.toSet());
    int linked = 0;
    for (Map.Entry<String, List<String>> e : LINKS.entrySet()) {
      var doc = library.findByExternalId(e.getKey());
      List<String> codes = e.getValue().stream().filter(known::contains).toList();
      if (doc.isPresent() && !codes.isEmpty()) {
        competencyDocuments.link("system", doc.get().getId(), codes);
        linked++;
      }
    }
    flags.set(FLAG, LocalDate.now().toString());
    int count = linked;
    LOG.info(() -> "Demo library documents linked to competencies: " + count);
  }

  private static Map<String, List<String>> links() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("REG-017", List.of("GEN-LAW", "GEN-POL"));
    m.put("REG-105", List.of("GEN-LAW", "GEN-INTEG"));
    m.put("REG-015", List.of("GEN-LEARN", "PRO-HR-TRAIN"));
    m.put("REG-001", List.of("PRO-VEH", "PRO-VEH-DISPATCH"));
    m.put("REG-002", List.of("PRO-VEH", "PRO-VEH-DISPATCH"));
    m.put("STD-101", List.of("PRO-VEH-DISPATCH", "PRO-VEH-SAFETY", "GEN-SERV"));
    m.put("CASE-111", List.of("PRO-VEH-DISPATCH", "PRO-DIGI"));
    m.put("REG-004", List.of("PRO-ENERGY", "PRO-ENERGY-MGMT"));
    m.put("REG-005", List.of("PRO-ENERGY-STAT"));
    m.put("STD-003", List.of("PRO-ENERGY-STAT"));
    m.put("STD-102", List.of("PRO-ENERGY-MGMT"));
    m.put("CASE-002", List.of("PRO-ENERGY-TECH", "GEN-LEARN"));
    m.put("REG-007", List.of("PRO-RECEP", "PRO-RECEP-STD"));
    m.put("REG-106", List.of("PRO-RECEP-STD", "PRO-RECEP-ETIQ"));
    m.put("REG-009", List.of("PRO-SPACE", "PRO-SPACE-ALLOC"));
    m.put("STD-005", List.of("PRO-SPACE-ALLOC"));
    m.put("REG-011", List.of("PRO-MEETING"));
    m.put("STD-006", List.of("PRO-MEETING", "GEN-SERV"));
    m.put("STD-001", List.of("PRO-PROP-MGMT"));
    m.put("REG-012", List.of("PRO-ASSET"));
    return m;
  }
}
