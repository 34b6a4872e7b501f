package org.jgsw.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries of Chinese text, for passages: after 。！？!? (or a '.' before a space) with
 * the closing quotes, brackets and white space (line breaks too) that follow; a line without such
 * an end (a heading) runs on into the next sentence. The JDK's
 * rule-based sentence iterator finds the same boundaries in the library's texts (ChineseSentencesTest)
 * but was a quarter of the time spent making snippets; these are found in one pass over the text
 * when it is set, then looked up by binary search.
 */
final class ChineseSentences extends BreakIterator {

  private String text = "";
  /** Offset of the text's first character in the iterator set (boundaries are reported from it). */
  private int base;
  private CharacterIterator iterator = new StringCharacterIterator("");
  /** Every boundary in increasing order: 0, the sentence ends, the text's length. */
  private int[] boundaries = {0};
  private int count = 1;
  /** Index in {@link #boundaries} of the current one. */
  private int current;

  @Override
  public void setText(String newText) {
    text = newText;
    base = 0;
    iterator = new StringCharacterIterator(newText);
    findBoundaries();
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder(Math.max(16, newText.getEndIndex() - newText.getBeginIndex()));
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    text = sb.toString();
    base = newText.getBeginIndex();
    iterator = newText;
    findBoundaries();
  }

  @Override
  public CharacterIterator getText() {
    return iterator;
  }

  private void findBoundaries() {
    int length = text.length();
    int[] found = new int[Math.max(4, length / 16 + 2)];
    int n = 0;
    found[n++] = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      int end = -1;
      if (isTerminator(c) || (c == '.' && (i + 1 == length || Character.isWhitespace(text.charAt(i + 1))))) {
        int j = i + 1;
        while (j < length && (isTerminator(text.charAt(j)) || isClosing(text.charAt(j)))) {
          j++;
        }
        while (j < length && isSpace(text.charAt(j))) {
          j++;
        }
        end = j;
      }
      if (end > 0 && end < length) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = end;
        i = end;
      } else if (end >= length) {
        break;
      } else {
        i++;
      }
    }
    if (length > 0) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n + 1);
      }
      found[n++] = length;
    }
    for (int k = 0; k < n && base != 0; k++) {
      found[k] += base;
    }
    boundaries = found;
    count = n;
    current = 0;
  }

  private static boolean isTerminator(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '．';
  }

  private static boolean isClosing(char c) {
    return switch (c) {
      case '”', '’', '"', '\'', '」', '』', '）', ')', '】', '〕', '》', '〉', ']' -> true;
      default -> false;
    };
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= count) {
      current = target < 0 ? 0 : count - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, 0, count, offset + 1);
    int index = at >= 0 ? at : -at - 1;
    if (index >= count) {
      current = count - 1;
      return DONE;
    }
    current = index;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    int index = (at >= 0 ? at : -at - 1) - 1;
    if (index < 0) {
      current = 0;
      return DONE;
    }
    current = index;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  private void checkOffset(int offset) {
    if (offset < base || offset > base + text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside " + base + ".." + (base + text.length()));
    }
  }
}
