package org.jgsw.search.internal;

/**
 * Reads numbers written in Chinese numerals as they appear in article references: 十二 → 12, 一百零五
 * → 105, 二十 → 20, 两千 → 2000, and digit strings such as 二〇一七 → 2017 or ASCII/full-width digits.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** The value of {@code text}, or {@code -1} if it is not a number this class understands. */
  public static int parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 12) {
      return -1;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(text.chars().map(c -> Character.digit(c, 10)).collect(
          StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
    }
    boolean hasUnit = text.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
    if (!hasUnit) {
      int value = 0;
      for (int i = 0; i < text.length(); i++) {
        int d = digit(text.charAt(i));
        if (d < 0) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }
    int total = 0;
    int section = 0;
    int number = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      if (unit == 10000) {
        total += (section + number) * 10000;
        section = 0;
      } else {
        section += (number == 0 && unit == 10 ? 1 : number) * unit;
      }
      number = 0;
    }
    return total + section + number;
  }

  private static int digit(char c) {
    if (c == '〇' || c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    if (Character.isDigit(c)) {
      return Character.digit(c, 10);
    }
    return DIGITS.indexOf(c);
  }
}
