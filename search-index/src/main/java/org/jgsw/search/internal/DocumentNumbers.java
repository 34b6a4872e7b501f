package org.jgsw.search.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many ways people type a standard number or a 文号 into one key, so that a query matches
 * the document whichever way either was written.
 *
 * <p>Standard numbers: {@code DB51/T 2500-2018}, {@code DB51/T2500-2018}, {@code db51t2500-2018}
 * and {@code ＤＢ５１／Ｔ ２５００—２０１８} all become {@code db51t2500-2018}. The key is lower-case
 * ASCII with spaces, slashes and underscores removed; a hyphen is kept only before the year and
 * between two digits (as in {@code IEC 60601-1}, where it separates a part number); dots are kept
 * ({@code GB/T 1.1} is not {@code GB/T 11}). The year may follow a hyphen or dash of any width, a
 * colon ({@code ISO 9001:2015}) or a space; a two-digit year from 50 to 99 ({@code GBJ 16-87}) is
 * read as 19xx, as standards have carried four-digit years since the late 1990s.
 *
 * <p>文号 (document numbers of official documents, GB/T 9704-2012 §7.2.4): {@code 国办发〔2017〕71号},
 * {@code 国办发[2017]71号}, {@code 国办发(2017)71号}, {@code 国办发 2017 71号} and
 * {@code 国办发〔2017〕第71号} all become the official form {@code 国办发〔2017〕71号}. Leading zeros of
 * the sequence number are dropped, as the official form does not pad it.
 *
 * <p>To let a query without a year ({@code GB/T 2887}) find a document with one
 * ({@code GB/T 2887-2011}), index both {@link #normalise} and {@link #normaliseWithoutYear} of the
 * document's number, and search with {@link #normalise} of the query.
 *
 * <p>Neither method throws: {@code null}, blank or unrecognisable input gives a best-effort key, or
 * the empty string when nothing is left.
 */
public final class DocumentNumbers {

  /** Wrapping people copy along with a number: spaces, quotes, title marks, brackets, full stops. */
  private static final Pattern EDGES =
      Pattern.compile("^[\\s《》〈〉「」『』“”‘’\"'()。，,；;：:.]+|[\\s《》〈〉「」『』“”‘’\"'()。，,；;：:.]+$");

  /** Dashes that NFKC leaves alone (em dash, en dash, minus sign …); all mean a hyphen here. */
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u2E3A\\u2E3B]");

  /** 发文机关代字, 年份 in any brackets or none, 发文顺序号 with optional 第 and 号. */
  private static final Pattern ISSUE_NUMBER =
      Pattern.compile(
          "(\\p{IsHan}+)\\s*[〔\\[(【〖〘]?\\s*((?:19|20)\\d{2})\\s*[〕\\])】〗〙]?\\s*第?\\s*0*(\\d+)\\s*号?");

  private static final Pattern YEAR_AFTER_DASH =
      Pattern.compile("(.*\\d)\\s*[-:]\\s*((?:19|20)\\d{2})");
  private static final Pattern YEAR_AFTER_SPACE = Pattern.compile("(.*\\d)\\s+((?:19|20)\\d{2})");

  /** Only when the rest holds no hyphen, so that {@code IEC 61000-4-30}'s part 30 is no year. */
  private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("([^-:]*\\d)\\s*-\\s*([5-9]\\d)");

  private DocumentNumbers() {}

  /** The key of {@code number}, year included; {@code ""} for {@code null} or blank input. */
  public static String normalise(String number) {
    return key(number, true);
  }

  /**
   * The key of {@code number} without the year of a standard, so {@code GB/T 2887-2011} gives the
   * same key as {@code gbt2887}. A 文号 keeps its year, which is part of its identity.
   */
  public static String normaliseWithoutYear(String number) {
    return key(number, false);
  }

  private static String key(String number, boolean withYear) {
    if (number == null) {
      return "";
    }
    String text = fold(number);
    if (text.isEmpty()) {
      return "";
    }
    Matcher issue = ISSUE_NUMBER.matcher(text);
    if (issue.matches()) {
      return issue.group(1) + "〔" + issue.group(2) + "〕" + issue.group(3) + "号";
    }
    String body = text;
    String year = null;
    Matcher m;
    if ((m = YEAR_AFTER_DASH.matcher(text)).matches()
        || (m = YEAR_AFTER_SPACE.matcher(text)).matches()) {
      body = m.group(1);
      year = m.group(2);
    } else if ((m = TWO_DIGIT_YEAR.matcher(text)).matches()) {
      body = m.group(1);
      year = "19" + m.group(2);
    }
    String key = compact(body);
    return withYear && year != null ? key + "-" + year : key;
  }

  /** Full-width to ASCII (NFKC), every dash to a hyphen, lower case, wrapping removed. */
  private static String fold(String number) {
    String text = Normalizer.normalize(number, Normalizer.Form.NFKC);
    text = DASHES.matcher(text).replaceAll("-").toLowerCase(Locale.ROOT);
    return EDGES.matcher(text).replaceAll("");
  }

  /** Drops spaces, slashes and underscores, and every hyphen not standing between two digits. */
  private static String compact(String body) {
    StringBuilder key = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '-') {
        if (endsWithDigit(key) && nextKeptCharIsDigit(body, i + 1)) {
          key.append('-');
        }
      } else if (!isSeparator(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == '/' || c == '\\' || c == '_';
  }

  private static boolean endsWithDigit(StringBuilder key) {
    return key.length() > 0 && isAsciiDigit(key.charAt(key.length() - 1));
  }

  private static boolean nextKeptCharIsDigit(String body, int from) {
    for (int i = from; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '-' && !isSeparator(c)) {
        return isAsciiDigit(c);
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
