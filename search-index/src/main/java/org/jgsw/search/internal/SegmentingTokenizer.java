package org.jgsw.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Adapts a whole-text segmenter (HanLP, jieba) to Lucene: reads the field's text, asks for word
 * spans and emits them with offsets corrected through any char filter.
 */
final class SegmentingTokenizer extends Tokenizer {

  /** Word spans {start, end} of {@code text}, in order. */
  @FunctionalInterface
  interface Segmenter {
    List<int[]> spans(String text);
  }

  /** Texts beyond this are segmented in the first part only (bodies are far shorter). */
  private static final int MAX_CHARS = 1 << 20;

  private final Segmenter segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private String text;
  private char[] chars;
  private List<int[]> spans;
  private int next;

  SegmentingTokenizer(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[4096];
    int n;
    while ((n = input.read(buffer)) > 0 && sb.length() < MAX_CHARS) {
      sb.append(buffer, 0, n);
    }
    text = sb.toString();
    chars = text.toCharArray();
    spans = text.isEmpty() ? List.of() : segmenter.spans(text);
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (next < spans.size()) {
      int[] span = spans.get(next++);
      if (span[1] > span[0] && span[1] <= text.length() && !text.substring(span[0], span[1]).isBlank()) {
        term.copyBuffer(chars, span[0], span[1] - span[0]);
        offset.setOffset(correctOffset(span[0]), correctOffset(span[1]));
        return true;
      }
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(text == null ? 0 : text.length());
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text = null;
    chars = null;
    spans = null;
  }
}
