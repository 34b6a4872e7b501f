package org.jgsw.search.internal;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops tokens without a letter or digit (punctuation that segmenters emit as words). */
final class PunctuationFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  PunctuationFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetterOrDigit(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
