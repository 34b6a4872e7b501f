package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.Directory;
import org.jgsw.search.api.Synonyms;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snippets matched with one weight per call ({@link SharedWeightOffsets}) and read together with
 * the hit's other stored fields are those of the highlighter's own per-document matching, for every
 * judged query over the fixture library in several segments.
 */
class SnippetsTest {

  private static final ChineseAnalysis ANALYSIS = new ChineseAnalysis(IndexSettings.DEFAULTS.segmenter());
  private static final QueryBuilder QUERIES = new QueryBuilder(ANALYSIS, IndexSettings.DEFAULTS);
  private static final Set<String> HIT_FIELDS = Set.of(DocumentFields.ID, DocumentFields.TITLE, DocumentFields.CLAUSES);

  private static Directory dir;
  private static DirectoryReader reader;

  static Stream<String> queries() {
    List<String> texts = new ArrayList<>(FixtureLibrary.judgments().keySet());
    texts.addAll(List.of("\"公务用车\" 标准", "\"集中统一管理\" 办公用房", "第十二条 公务接待"));
    return texts.stream();
  }

  @BeforeAll
  static void index() throws IOException {
    dir = SegmentedIndex.of(FixtureLibrary.documents(), 5);
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("queries")
  void sameSnippetsAsTheHighlightersOwnMatchingAndTheStoredFieldsOfEachHit(String text) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    QueryBuilder.Built built = QUERIES.build(text, Synonyms.NONE);
    int[] docIds = Arrays.stream(searcher.search(built.query(), 12).scoreDocs).mapToInt(d -> d.doc).toArray();
    assertThat(docIds).as("the query finds something to highlight").isNotEmpty();
    Analyzer analyzer = ANALYSIS.perField();

    Snippets.Result[] expected = Arrays.stream(new Snippets(searcher, analyzer, Set.of(), false).hits(built.highlight(), docIds, 2))
        .map(Snippets.Hit::snippets).toArray(Snippets.Result[]::new);
    Snippets.Hit[] actual = new Snippets(searcher, analyzer, HIT_FIELDS, true).hits(built.highlight(), docIds, 2);

    assertThat(Arrays.stream(actual).map(Snippets.Hit::snippets).toList()).isEqualTo(Arrays.asList(expected));
    assertThat(Arrays.stream(expected).anyMatch(r -> r.bestOffset() >= 0)).as("something was marked").isTrue();
    for (int i = 0; i < docIds.length; i++) {
      Document stored = reader.storedFields().document(docIds[i], HIT_FIELDS);
      for (String field : HIT_FIELDS) {
        assertThat(actual[i].fields().get(field)).as(field).isEqualTo(stored.get(field));
      }
    }
  }

  @Test
  void passageScoresAreTheHighlightersToTheBit() {
    PassageScorer stock = new PassageScorer();
    Snippets.PassageScores ours = new Snippets.PassageScores();
    Random random = new Random(42);
    BytesRef[] vocabulary = {new BytesRef("公务"), new BytesRef("务用"), new BytesRef("用车"), new BytesRef("标准"), new BytesRef("配备")};
    for (int round = 0; round < 1_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 250 + random.nextInt(80)); // matches lie inside: 12 × 20 chars at most
      int at = start;
      int matches = 1 + random.nextInt(12);
      for (int i = 0; i < matches; i++) {
        BytesRef term = vocabulary[random.nextInt(vocabulary.length)];
        at += random.nextInt(20);
        passage.addMatch(at, at + 2, term, 1 + (term.hashCode() & 15));
      }
      int contentLength = passage.getEndOffset() + random.nextInt(10_000);
      assertThat(Float.floatToIntBits(ours.score(passage, contentLength)))
          .as("passage %s", passage).isEqualTo(Float.floatToIntBits(stock.score(passage, contentLength)));
    }
  }
}
