package org.jgsw.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a body: chapters (第一章), sections (第一节), articles (第一条) and numbered clauses
 * of standards (4.2.1) that start a line, and the normalised keys of article references, so that
 * 第十二条 and 第12条 are one key ({@code 第12条}) at index and at query time.
 */
public final class Clauses {

  /** 第 + Chinese or Arabic numeral + unit. */
  static final Pattern REFERENCE =
      Pattern.compile("第\\s*([0-9０-９零〇一二两三四五六七八九十百千]{1,8})\\s*([编章节条款项])");

  /** A numbered clause of a standard at the start of a line: "4.2.1 要求" or "5　总则". */
  private static final Pattern NUMBERED_CLAUSE =
      Pattern.compile("^[ \\t　]*(\\d{1,2}(?:\\.\\d{1,3}){0,4})(?:[ \\t　]+|(?=\\p{IsHan}))(?=\\S)");

  private static final Pattern LINE_START_REFERENCE =
      Pattern.compile("^[ \\t　]*(" + REFERENCE.pattern() + ")");

  /** Clause numbers in a query: at least one dot, so a year or a count is not taken for one. */
  private static final Pattern QUERY_CLAUSE_NUMBER =
      Pattern.compile("(?<![\\d.])\\d{1,2}(?:\\.\\d{1,3}){1,4}(?![\\d.])");

  /** One heading of the body: where it starts, as written, and its key. */
  public record Clause(int start, String label, String key, Level level) {}

  public enum Level {
    CHAPTER,
    SECTION,
    ARTICLE,
    CLAUSE
  }

  private Clauses() {}

  /** The headings of {@code body} in order. */
  public static List<Clause> of(String body) {
    List<Clause> result = new ArrayList<>();
    if (body == null) {
      return result;
    }
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      String line = body.substring(lineStart, lineEnd);
      Matcher ref = LINE_START_REFERENCE.matcher(line);
      if (ref.find()) {
        String key = key(ref.group(2), ref.group(3));
        if (key != null) {
          Level level =
              switch (ref.group(3)) {
                case "编", "章" -> Level.CHAPTER;
                case "节" -> Level.SECTION;
                default -> Level.ARTICLE;
              };
          result.add(new Clause(lineStart + ref.start(1), ref.group(1).replaceAll("\\s", ""), key, level));
        }
      } else {
        Matcher numbered = NUMBERED_CLAUSE.matcher(line);
        if (numbered.find()) {
          result.add(new Clause(lineStart + numbered.start(1), numbered.group(1), numbered.group(1), Level.CLAUSE));
        }
      }
      lineStart = lineEnd + 1;
    }
    return result;
  }

  /** The most specific heading that {@code offset} falls under, or {@code null}. */
  public static Clause at(List<Clause> clauses, int offset) {
    Clause best = null;
    for (Clause c : clauses) {
      if (c.start() > offset) {
        break;
      }
      best = c;
    }
    return best;
  }

  /** {@code 第12条} for 第十二条 or 第12条; {@code null} if the numeral is not understood. */
  public static String key(String numeral, String unit) {
    int n = ChineseNumerals.parse(numeral);
    return n <= 0 ? null : "第" + n + unit;
  }

  /** Keys of article references and clause numbers typed in a query. */
  public static Set<String> referencesInQuery(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String key = key(m.group(1), m.group(2));
      if (key != null) {
        keys.add(key);
      }
    }
    Matcher c = QUERY_CLAUSE_NUMBER.matcher(text);
    while (c.find()) {
      keys.add(c.group());
    }
    return keys;
  }

  /** {@code text} without its article references, which are searched by key instead. */
  public static String withoutReferences(String text) {
    return REFERENCE.matcher(text).replaceAll(" ");
  }

  /** Stored form: one "start\tlevel\tkey\tlabel" line per heading. */
  static String encode(List<Clause> clauses) {
    StringBuilder sb = new StringBuilder();
    for (Clause c : clauses) {
      sb.append(c.start()).append('\t').append(c.level().ordinal()).append('\t').append(c.key())
          .append('\t').append(c.label()).append('\n');
    }
    return sb.toString();
  }

  static List<Clause> decode(String stored) {
    List<Clause> result = new ArrayList<>();
    if (stored == null) {
      return result;
    }
    for (String line : stored.split("\n")) {
      String[] p = line.split("\t", 4);
      if (p.length == 4) {
        result.add(new Clause(Integer.parseInt(p[0]), p[3], p[2], Level.values()[Integer.parseInt(p[1])]));
      }
    }
    return result;
  }
}
