package org.jgsw.search.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;

/** The fixture library ({@code library/corpus.txt}) and judged queries ({@code library/judgments.tsv}). */
public final class FixtureLibrary {

  private FixtureLibrary() {}

  public static List<IndexableDocument> documents() {
    List<IndexableDocument> docs = new ArrayList<>();
    Map<String, String> h = null;
    StringBuilder body = null;
    for (String line : lines("library/corpus.txt")) {
      if (line.startsWith("#") && h == null) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (h != null) {
          docs.add(toDocument(h, body));
        }
        h = new HashMap<>();
        h.put("id", line.substring(4).strip());
        body = null;
      } else if (line.equals("---")) {
        body = new StringBuilder();
      } else if (body != null) {
        body.append(line).append('\n');
      } else if (h != null && line.contains(": ")) {
        String[] kv = line.split(": ", 2);
        h.put(kv[0], kv[1].strip());
      }
    }
    if (h != null) {
      docs.add(toDocument(h, body));
    }
    return docs;
  }

  public static IndexableDocument document(long id) {
    return documents().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
  }

  /** Query → (document id → grade). */
  public static Map<String, Map<Long, Integer>> judgments() {
    Map<String, Map<Long, Integer>> result = new LinkedHashMap<>();
    for (String line : lines("library/judgments.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      Map<Long, Integer> grades = new LinkedHashMap<>();
      for (int i = 1; i < cols.length; i++) {
        String[] g = cols[i].split(":");
        grades.put(Long.parseLong(g[0]), Integer.parseInt(g[1]));
      }
      result.put(cols[0], grades);
    }
    return result;
  }

  private static IndexableDocument toDocument(Map<String, String> h, StringBuilder body) {
    return new IndexableDocument(
        Long.parseLong(h.get("id")),
        h.get("externalId"),
        DocumentKind.valueOf(h.get("kind")),
        h.get("title"),
        h.get("number"),
        h.get("issuer"),
        h.get("region"),
        list(h.get("domains")),
        DocumentStatus.valueOf(h.get("status")),
        date(h.get("issuedOn")),
        date(h.get("effectiveOn")),
        date(h.get("repealedOn")),
        h.containsKey("replacedBy") ? Long.valueOf(h.get("replacedBy")) : null,
        list(h.get("tags")),
        h.get("summary"),
        body == null ? "" : body.toString(),
        Instant.EPOCH);
  }

  private static List<String> list(String value) {
    return value == null ? List.of() : Arrays.stream(value.split("[,，]")).map(String::strip).toList();
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value);
  }

  private static List<String> lines(String resource) {
    try (var in = FixtureLibrary.class.getClassLoader().getResourceAsStream(resource);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
