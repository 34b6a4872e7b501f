package org.jgsw.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.analysis.Analyzer;

/**
 * Highlighted passages of the body (falling back to the summary) from postings offsets, so offsets
 * are those of the stored text and exact for Chinese. Matches are wrapped in {@code <mark>}, the
 * rest HTML-escaped; overlapping bigram matches (公务|务用|用车) merge into one mark. The start of the
 * best-scoring passage tells which clause matched.
 */
final class Snippets {

  /** Snippets of one document and the offset of its best passage (-1 if nothing matched). */
  record Result(List<String> snippets, int bestOffset) {
    static final Result EMPTY = new Result(List.of(), -1);
  }

  /** Snippets of one document and its stored fields asked for along with the text. */
  record Hit(Result snippets, Document fields) {}

  private static final int PASSAGE_CHARS = 90;

  private final Highlighter highlighter;

  /**
   * Snippets whose hits also carry the stored fields {@code alsoRead}, read with the text, so a
   * hit's stored document is decompressed once; {@code sharedWeight} false gives the highlighter's
   * own per-document matching and passage scoring with the JDK's sentence iterator (the reference
   * that {@link SharedWeightOffsets}, {@link PassageScores} and {@link ChineseSentences} are tested
   * against).
   */
  Snippets(IndexSearcher searcher, Analyzer analyzer, Set<String> alsoRead, boolean sharedWeight) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer);
    if (sharedWeight) {
      builder.withScorer(new PassageScores());
    }
    this.highlighter = new Highlighter(alsoRead, sharedWeight,
        builder
            .withFormatter(new Formatter())
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                sharedWeight ? new ChineseSentences() : BreakIterator.getSentenceInstance(Locale.CHINESE), PASSAGE_CHARS, 0.5f))
            .withMaxLength(100_000));
  }

  /**
   * For each of {@code docIds}: body snippets, or summary snippets when the body has no match, with
   * the stored fields asked for in the constructor.
   */
  Hit[] hits(Query query, int[] docIds, int maxPassages) {
    if (docIds.length == 0) {
      return new Hit[0];
    }
    try {
      Map<String, Object[]> fields = highlighter.highlight(
          new String[] {DocumentFields.BODY, DocumentFields.SUMMARY}, query, docIds,
          new int[] {maxPassages, 1});
      Object[] body = fields.get(DocumentFields.BODY);
      Object[] summary = fields.get(DocumentFields.SUMMARY);
      Hit[] results = new Hit[docIds.length];
      for (int i = 0; i < docIds.length; i++) {
        Result b = (Result) body[i];
        Result s = (Result) summary[i];
        Result result;
        if (b != null && b.bestOffset() >= 0) {
          result = b;
        } else if (s != null && s.bestOffset() >= 0) {
          result = new Result(s.snippets(), -1);
        } else {
          result = b != null ? b : s != null ? new Result(s.snippets(), -1) : Result.EMPTY;
        }
        results[i] = new Hit(result, highlighter.read.get(docIds[i]));
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens up the highlighter's object-returning entry point for the custom formatter, matches with
   * one weight per call ({@link SharedWeightOffsets}) and reads the other stored fields of a hit
   * with its text.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Set<String> alsoRead;
    private final boolean sharedWeight;
    /** Document id → the stored fields read with its text. */
    final Map<Integer, Document> read = new HashMap<>();

    Highlighter(Set<String> alsoRead, boolean sharedWeight, UnifiedHighlighter.Builder builder) {
      super(builder);
      this.alsoRead = alsoRead;
      this.sharedWeight = sharedWeight;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return sharedWeight && source == OffsetSource.POSTINGS
          && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
          ? new SharedWeightOffsets(components, searcher.getIndexReader())
          : super.getOffsetStrategy(source, components);
    }

    /** As the highlighter loads them (batches up to {@code cacheCharsThreshold}), with the fields of {@link #alsoRead}. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      Set<String> wanted = new HashSet<>(alsoRead);
      wanted.addAll(Arrays.asList(fields));
      StoredFields stored = searcher.storedFields();
      List<CharSequence[]> values = new ArrayList<>();
      long chars = 0;
      do {
        int doc = docIter.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        Document document = stored.document(doc, wanted);
        read.put(doc, document);
        CharSequence[] texts = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          texts[i] = text(document.getValues(fields[i]));
          chars += texts[i] == null ? 0 : texts[i].length();
        }
        values.add(texts);
      } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      return values;
    }

    /** The values of a field joined as the highlighter joins them, cut at its maximum length; null if none. */
    private String text(String[] parts) {
      if (parts.length == 0) {
        return null;
      }
      String joined = parts.length == 1 ? parts[0] : String.join(String.valueOf(MULTIVAL_SEP_CHAR), parts);
      return joined.length() > getMaxLength() ? joined.substring(0, getMaxLength()) : joined;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }

  /**
   * The highlighter's passage score (BM25 over the passage, boosted towards the start) without the
   * hash of terms it allocates for every passage (a 32 KB block each time, an eighth of the snippets'
   * time): a passage holds a handful of distinct terms, found by a linear scan in the same order, so
   * the sum is the same to the bit.
   */
  static final class PassageScores extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[matches];
      int[] inPassage = new int[matches];
      int[] inDoc = new int[matches];
      int size = 0;
      for (int i = 0; i < matches; i++) {
        int k = 0;
        while (k < size && !distinct[k].bytesEquals(terms[i])) {
          k++;
        }
        if (k == size) {
          distinct[size] = terms[i];
          inDoc[size] = freqsInDoc[i];
          size++;
        }
        inPassage[k]++;
      }
      double score = 0d;
      for (int k = 0; k < size; k++) {
        score += tf(inPassage[k], passage.getLength()) * weight(contentLength, inDoc[k]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }

  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<String> snippets = new ArrayList<>();
      int bestOffset = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (Passage p : passages) {
        if (p.getNumMatches() > 0 && p.getScore() > bestScore) {
          bestScore = p.getScore();
          bestOffset = longestMatchStart(p);
        }
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = p.getMatchEnds()[i];
          while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] <= end) {
            end = Math.max(end, p.getMatchEnds()[++i]);
          }
          end = Math.min(end, p.getEndOffset());
          if (start >= end) {
            continue;
          }
          escape(sb, content, pos, start);
          sb.append("<mark>");
          escape(sb, content, start, end);
          sb.append("</mark>");
          pos = end;
        }
        escape(sb, content, pos, p.getEndOffset());
        String snippet = sb.toString().strip();
        if (!snippet.isEmpty()) {
          snippets.add(snippet);
        }
      }
      return new Result(snippets, bestOffset);
    }

    /** Where the longest run of merged matches starts: the heart of the passage. */
    private static int longestMatchStart(Passage p) {
      int best = p.getMatchStarts()[0];
      int bestLength = 0;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = p.getMatchStarts()[i];
        int end = p.getMatchEnds()[i];
        while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] <= end) {
          end = Math.max(end, p.getMatchEnds()[++i]);
        }
        if (end - start > bestLength) {
          bestLength = end - start;
          best = start;
        }
      }
      return best;
    }

    private static void escape(StringBuilder sb, String content, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = content.charAt(i);
        switch (c) {
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '&' -> sb.append("&amp;");
          case '"' -> sb.append("&quot;");
          case '\'' -> sb.append("&#39;");
          case '\n', '\r' -> sb.append(' ');
          default -> sb.append(c);
        }
      }
    }
  }
}
