package org.jgsw.search.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms applied when a query is built (never at indexing), so replacing them takes effect for
 * the next search without re-indexing. A rule maps what users type to what documents say
 * (公车 → 公务用车); the original word is searched as well.
 *
 * <p>{@link #parse} reads the format LIBRARIAN users edit, one rule a line: {@code 公车 => 公务用车}
 * (one way) or {@code 能耗, 能源消耗} (each means the others); {@code #} starts a comment.
 */
public record Synonyms(Map<String, List<String>> rules) {

  public static final Synonyms NONE = new Synonyms(Map.of());

  public Synonyms {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    rules.forEach(
        (from, to) -> {
          if (from != null && !from.isBlank() && to != null) {
            List<String> targets =
                to.stream().filter(t -> t != null && !t.isBlank() && !t.equals(from)).map(String::strip).toList();
            if (!targets.isEmpty()) {
              copy.put(from.strip(), targets);
            }
          }
        });
    rules = Map.copyOf(copy);
  }

  /** Reads rules in the edited format; malformed lines are skipped. */
  public static Synonyms parse(String text) {
    Map<String, Set<String>> rules = new LinkedHashMap<>();
    for (String raw : text == null ? new String[0] : text.split("\\R")) {
      String line = raw.replaceAll("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.contains("=>")) {
        String[] sides = line.split("=>", 2);
        for (String from : words(sides[0])) {
          rules.computeIfAbsent(from, k -> new LinkedHashSet<>()).addAll(words(sides[1]));
        }
      } else {
        List<String> group = words(line);
        for (String from : group) {
          rules.computeIfAbsent(from, k -> new LinkedHashSet<>()).addAll(group);
        }
      }
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    rules.forEach((k, v) -> result.put(k, new ArrayList<>(v)));
    return new Synonyms(result);
  }

  private static List<String> words(String side) {
    return java.util.Arrays.stream(side.split("[,，、;；]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
