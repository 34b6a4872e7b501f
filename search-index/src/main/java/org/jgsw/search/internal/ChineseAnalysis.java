package org.jgsw.search.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.WordDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.io.Reader;

/**
 * Chinese text analysis. Two views of every text field:
 *
 * <ul>
 *   <li><b>bigram</b>: StandardTokenizer + CJK width folding + lower case + CJKBigramFilter. Every
 *       pair of adjacent Han characters is a term, so a short query matches its words inside any
 *       sentence however a segmenter would cut it (the issue's 公务用车 → 公务|用|车 vs 公务|用车
 *       problem cannot happen). Latin words and digits pass through whole. This view decides
 *       <em>whether</em> a document matches, and carries offsets for highlighting.
 *   <li><b>words</b>: a word segmenter with the bureau's dictionary ({@code domain-terms.txt}), used
 *       for scoring only: a document that contains the query's words as words ranks above one where
 *       the same characters only happen to be adjacent.
 * </ul>
 *
 * The segmenter was chosen by nDCG@10 on the judged query set (see RelevanceTest).
 */
public final class ChineseAnalysis {

  /** Word segmenters measured; {@link #NONE} leaves only the bigram view. */
  public enum Segmenter {
    NONE,
    SMARTCN,
    HANLP,
    JIEBA
  }

  /** The bureau's terms: one per line in {@code domain-terms.txt}, {@code #} comments. */
  public static final List<String> DOMAIN_TERMS = loadTerms();

  private final Segmenter segmenter;
  private final Analyzer bigrams = new BigramAnalyzer();
  private final Analyzer words;

  public ChineseAnalysis(Segmenter segmenter) {
    this.segmenter = segmenter;
    this.words = wordsAnalyzer(segmenter);
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  /** The bigram view (index and query). */
  public Analyzer bigrams() {
    return bigrams;
  }

  /** The word view (index and query); the bigram analyzer when the segmenter is NONE. */
  public Analyzer words() {
    return words;
  }

  /** Routes each field to its view: fields named {@code *_words} get words, others bigrams. */
  public Analyzer perField() {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return fieldName.endsWith(DocumentFields.WORDS_SUFFIX) ? words : bigrams;
      }
    };
  }

  /** The terms {@code analyzer} makes of {@code text}. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /**
   * Pinyin initials of {@code text} for suggestions: 公务用车管理办法 → gwycglbf. Latin letters and
   * digits are kept lower-cased; other characters are dropped.
   */
  public static String pinyinInitials(String text) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      if (Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
        while (i < text.length()
            && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
          i += Character.charCount(text.codePointAt(i));
        }
        for (Pinyin p : HanLP.convertToPinyinList(text.substring(start, i))) {
          if (p != Pinyin.none5) {
            sb.append(p.getFirstChar());
          }
        }
      } else {
        char c = Character.toLowerCase(text.charAt(i));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          sb.append(c);
        }
        i++;
      }
    }
    return sb.toString();
  }

  private static Analyzer wordsAnalyzer(Segmenter segmenter) {
    return switch (segmenter) {
      case NONE -> new BigramAnalyzer();
      case SMARTCN -> new WordsAnalyzer(HMMChineseTokenizer::new);
      case HANLP -> new WordsAnalyzer(() -> new SegmentingTokenizer(HanLp.spans()));
      case JIEBA -> new WordsAnalyzer(() -> new SegmentingTokenizer(Jieba.spans()));
    };
  }

  private static final class BigramAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new LowerCaseFilter(source);
      ts = new CJKBigramFilter(ts);
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new CJKWidthCharFilter(reader);
    }

    /** Values of the catch-all field stay apart: no phrase spans the end of a title and a summary. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }

  private static final class WordsAnalyzer extends Analyzer {
    private final java.util.function.Supplier<Tokenizer> tokenizer;

    WordsAnalyzer(java.util.function.Supplier<Tokenizer> tokenizer) {
      this.tokenizer = tokenizer;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      TokenStream ts = new PunctuationFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new CJKWidthCharFilter(reader);
    }

    /** Values of the catch-all field stay apart: no phrase spans the end of a title and a summary. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }

  /** HanLP's standard segmenter with the domain terms in its custom dictionary. */
  private static final class HanLp {
    private static final Segment SEGMENT;

    static {
      DOMAIN_TERMS.forEach(CustomDictionary::add);
      SEGMENT =
          HanLP.newSegment()
              .enableOffset(true)
              .enablePartOfSpeechTagging(false)
              .enableNameRecognize(false)
              .enablePlaceRecognize(false)
              .enableOrganizationRecognize(false)
              .enableCustomDictionary(true);
    }

    static SegmentingTokenizer.Segmenter spans() {
      return text -> {
        List<int[]> spans = new ArrayList<>();
        for (var term : SEGMENT.seg(text)) {
          spans.add(new int[] {term.offset, term.offset + term.word.length()});
        }
        return spans;
      };
    }
  }

  /** jieba in search mode with the domain terms loaded as a user dictionary. */
  private static final class Jieba {
    private static final JiebaSegmenter SEGMENTER;

    static {
      try {
        Path dict = Files.createTempFile("jgsw-jieba-", ".dict");
        StringBuilder sb = new StringBuilder();
        DOMAIN_TERMS.forEach(t -> sb.append(t).append(" 100000\n"));
        Files.writeString(dict, sb, StandardCharsets.UTF_8);
        WordDictionary.getInstance().loadUserDict(dict);
        Files.deleteIfExists(dict);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SEGMENTER = new JiebaSegmenter();
    }

    static SegmentingTokenizer.Segmenter spans() {
      return text -> {
        List<int[]> spans = new ArrayList<>();
        for (var token : SEGMENTER.process(text, JiebaSegmenter.SegMode.SEARCH)) {
          spans.add(new int[] {token.startOffset, token.endOffset});
        }
        return spans;
      };
    }
  }

  private static List<String> loadTerms() {
    try (InputStream in = ChineseAnalysis.class.getResourceAsStream("domain-terms.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
