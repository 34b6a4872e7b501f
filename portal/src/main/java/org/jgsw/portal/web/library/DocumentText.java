package org.jgsw.portal.web.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document body prepared for its page: lines with the headings (第一章, 第十二条, 4.2.1) found for
 * the table of contents, and the query's words marked. Everything is HTML-escaped first; only the
 * {@code <mark>} tags added here are markup.
 */
public final class DocumentText {

  private static final Pattern CHAPTER = Pattern.compile("^(第[一二三四五六七八九十百零〇\\d]+[章节编])\\s*(.*)$");
  private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百零〇\\d]+条)\\s*(.*)$");
  private static final Pattern CLAUSE = Pattern.compile("^(\\d+(?:\\.\\d+){0,3})\\s+(\\S.*)$");
  private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+、)\\s*(.*)$");

  /** One line: its anchor, heading level (0 text, 1 chapter/section, 2 article/clause) and HTML. */
  public record Line(String anchor, int level, String label, String html) {}

  /** An entry of the table of contents. */
  public record Heading(String anchor, int level, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Heading> toc = new ArrayList<>();

  public DocumentText(String body, String query) {
    Set<String> terms = terms(query);
    int n = 0;
    for (String raw : (body == null ? "" : body).split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      n++;
      String anchor = "l" + n;
      int level = 0;
      String label = null;
      Matcher m;
      if ((m = CHAPTER.matcher(line)).matches() || (m = SECTION.matcher(line)).matches()) {
        level = 1;
        label = m.group(1);
      } else if ((m = ARTICLE.matcher(line)).matches()) {
        level = 2;
        label = m.group(1);
      } else if ((m = CLAUSE.matcher(line)).matches() && m.group(2).length() < 400) {
        level = m.group(1).contains(".") ? 2 : 1;
        label = m.group(1);
      }
      if (level > 0) {
        String text = level == 1 || line.length() <= 30 ? line : line.substring(0, 30) + "…";
        toc.add(new Heading(anchor, level, text));
      }
      lines.add(new Line(anchor, level, label, mark(escape(line), terms)));
    }
  }

  public List<Line> lines() {
    return lines;
  }

  public List<Heading> toc() {
    return toc;
  }

  /** Words of the query and, for Chinese runs, their two-character pieces (the text may split them). */
  static Set<String> terms(String query) {
    Set<String> terms = new LinkedHashSet<>();
    if (query == null) {
      return terms;
    }
    for (String word : query.split("[\\s\\p{Punct}，。、；：“”‘’（）《》〔〕【】]+")) {
      if (word.isBlank()) {
        continue;
      }
      terms.add(word);
      if (word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && word.length() > 2) {
        for (int i = 0; i + 2 <= word.length(); i++) {
          terms.add(word.substring(i, i + 2));
        }
      }
    }
    return terms;
  }

  static String mark(String escaped, Set<String> terms) {
    if (terms.isEmpty()) {
      return escaped;
    }
    boolean[] hit = new boolean[escaped.length()];
    String lower = escaped.toLowerCase(java.util.Locale.ROOT);
    for (String t : terms) {
      String e = escape(t).toLowerCase(java.util.Locale.ROOT);
      if (e.length() < 2 && e.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        continue;
      }
      for (int i = lower.indexOf(e); i >= 0; i = lower.indexOf(e, i + 1)) {
        if (!insideEntity(escaped, i)) {
          for (int k = i; k < i + e.length(); k++) {
            hit[k] = true;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      if (hit[i] && (i == 0 || !hit[i - 1])) {
        out.append("<mark>");
      }
      out.append(escaped.charAt(i));
      if (hit[i] && (i == escaped.length() - 1 || !hit[i + 1])) {
        out.append("</mark>");
      }
    }
    return out.toString();
  }

  private static boolean insideEntity(String s, int i) {
    int amp = s.lastIndexOf('&', i);
    int semi = s.lastIndexOf(';', i);
    return amp >= 0 && amp > semi && s.indexOf(';', i) >= 0 && s.indexOf(';', i) - amp <= 6;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
