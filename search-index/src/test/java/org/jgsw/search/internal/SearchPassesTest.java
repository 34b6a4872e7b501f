package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.Synonyms;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two passes of a search (matching + facets without scores, then the page by score) give what
 * one exhaustive scored pass gives: the same documents, the same order.
 */
class SearchPassesTest {

  private static final QueryBuilder QUERIES =
      new QueryBuilder(new ChineseAnalysis(IndexSettings.DEFAULTS.segmenter()), IndexSettings.DEFAULTS);

  static Stream<String> queries() {
    List<String> texts = new ArrayList<>(FixtureLibrary.judgments().keySet());
    texts.addAll(List.of("\"公务用车\" 标准", "DB51/T 2500-2018", "国办发 2017 71号", "第十二条", "第十二条 公务接待",
        "如何处置闲置资产", "ISO 9001", "AND ( * /", ""));
    return texts.stream();
  }

  private static Directory fixtures;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexFixtures() throws IOException {
    fixtures = index(FixtureLibrary.documents());
    reader = DirectoryReader.open(fixtures);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    fixtures.close();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("queries")
  void theCatchAllFieldMatchesWhatTheFieldsMatch(String text) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = QUERIES.build(text, Synonyms.NONE).query();
    assertThat(ids(searcher, MatchingQuery.of(query))).isEqualTo(ids(searcher, query));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("queries")
  void thePageIsTheTopOfEveryMatchScoredTimesRank(String text) throws IOException {
    assertSameTop(new IndexSearcher(reader), text, 5);
  }

  /** The scoring pass as a big index runs it: filtered as the matches come, in two halves on two threads. */
  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("queries")
  void thePageIsTheSameWhenTheScoringPassRunsInHalves(String text) throws IOException {
    try (SearchHelpers split = new SearchHelpers(1, 0)) {
      assertSameTop(new IndexSearcher(reader), text, 5, split, 0);
    }
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("queries")
  void facetCountsInHalvesAreTheCountsOfOnePass(String text) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query match = MatchingQuery.of(QUERIES.build(text, Synonyms.NONE).query());
    List<FacetCounts.Dimension> dimensions = List.of(
        new FacetCounts.Dimension("kind", DocumentFields.KIND, Set.of()),
        new FacetCounts.Dimension("domain", DocumentFields.DOMAIN, Set.of()),
        new FacetCounts.Dimension("status", DocumentFields.STATUS, Set.of("CURRENT")));
    FacetCounts whole = searcher.search(match, new FacetCounts(dimensions));
    FacetCounts halves;
    try (SearchHelpers split = new SearchHelpers(1, 0)) {
      halves = split.searchInHalves(searcher, match, new FacetCounts(dimensions));
    }
    assertThat(halves.total()).isEqualTo(whole.total());
    assertThat(halves.facets()).isEqualTo(whole.facets());
    for (var leaf : reader.leaves()) {
      assertThat(halves.accepted(leaf.ord)).as("segment %d", leaf.ord).isEqualTo(whole.accepted(leaf.ord));
    }
  }

  @Test
  void aWindowFullOfRepealedDocumentsGrowsUntilTheCurrentOnesAreIn() throws IOException {
    List<IndexableDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(doc(i, "公务用车管理办法（第" + i + "版）", "公务用车的配备与使用。", DocumentStatus.REPEALED));
    }
    for (int i = 40; i < 45; i++) {
      docs.add(doc(i, "机关事务工作规则", "本规则也涉及公务用车。", DocumentStatus.CURRENT));
    }
    try (Directory dir = index(docs); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      // A window of 20 holds only repealed titles (score × 0.6), so it has to grow.
      ScoreDoc[] top = assertSameTop(searcher, "公务用车", 10);
      assertThat(top).hasSize(10);
    }
  }

  @Test
  void theExactPhraseLiftsADocumentAboveOneWithTheSameBigramsScattered() throws IOException {
    List<IndexableDocument> docs = List.of(
        doc(1, "车辆管理办法", "公务活动中的用车和务用安排。", DocumentStatus.CURRENT),
        doc(2, "车辆管理办法", "公务用车的安排和活动中的务。", DocumentStatus.CURRENT));
    try (Directory dir = index(docs); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryBuilder.Built built = QUERIES.build("公务用车", Synonyms.NONE);
      ScoringClauses.Split split = ScoringClauses.split(built.query());
      assertThat(split.phrases()).as("phrases are scored over the window").isNotNull();
      FacetCounts facets = searcher.search(MatchingQuery.of(built.query()), new FacetCounts(List.of()));
      try (SearchHelpers none = new SearchHelpers(0)) {
        ScoreDoc[] top = RankedTop.of(searcher, split, facets, 2, none);
        assertThat(top).hasSize(2);
        assertThat(reader.storedFields().document(top[0].doc).get(DocumentFields.ID)).isEqualTo("2");
        assertThat(top[0].score).isGreaterThan(top[1].score);
      }
    }
  }

  @Test
  void facetCountsAddUpOverSegments() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    Query match = MatchingQuery.of(QUERIES.build("管理", Synonyms.NONE).query());
    FacetCounts facets = searcher.search(match, new FacetCounts(List.of(
        new FacetCounts.Dimension("kind", DocumentFields.KIND, Set.of()),
        new FacetCounts.Dimension("status", DocumentFields.STATUS, Set.of("CURRENT")))));
    int matched = searcher.count(match);
    Map<String, Long> kinds = facets.facets().get("kind");
    Map<String, Long> statuses = facets.facets().get("status");
    // status is filtered, so kinds count only current documents; statuses count every match (drill-sideways)
    assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(matched);
    assertThat(kinds.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(facets.total());
    assertThat(facets.total()).isEqualTo(statuses.get("CURRENT"));
  }

  /** Asserts {@link RankedTop} gives the {@code n} best of an exhaustive (score × rank) search. */
  private static ScoreDoc[] assertSameTop(IndexSearcher searcher, String text, int n) throws IOException {
    try (SearchHelpers none = new SearchHelpers(0)) {
      return assertSameTop(searcher, text, n, none, 2_000);
    }
  }

  private static ScoreDoc[] assertSameTop(IndexSearcher searcher, String text, int n, SearchHelpers helpers, long fewMatches)
      throws IOException {
    QueryBuilder.Built built = QUERIES.build(text, Synonyms.NONE);
    Query match = MatchingQuery.of(built.query());
    FacetCounts facets = searcher.search(match, new FacetCounts(List.of()));
    Query scoring = ScoringClauses.of(built.query());
    ScoreDoc[] actual = RankedTop.of(searcher, ScoringClauses.split(built.query()), facets, n, helpers, fewMatches);

    Query everything = scoring == null ? new org.apache.lucene.search.ConstantScoreQuery(match)
        : new BooleanQuery.Builder().add(match, Occur.FILTER).add(scoring, Occur.SHOULD).build();
    ScoreDoc[] expected = searcher.search(
        FunctionScoreQuery.boostByValue(everything, DoubleValuesSource.fromFloatField(DocumentFields.RANK)), Math.max(1, n)).scoreDocs;
    assertThat(Arrays.stream(actual).mapToInt(d -> d.doc).toArray())
        .as("documents of \"%s\"", text)
        .containsExactly(Arrays.stream(expected).mapToInt(d -> d.doc).limit(n).toArray());
    return actual;
  }

  private static List<Integer> ids(IndexSearcher searcher, Query q) throws IOException {
    return Arrays.stream(searcher.search(q, 10_000).scoreDocs).map(d -> d.doc).sorted().toList();
  }

  private static Directory index(List<IndexableDocument> docs) throws IOException {
    return SegmentedIndex.of(docs, 7);
  }

  private static IndexableDocument doc(long id, String title, String body, DocumentStatus status) {
    return new IndexableDocument(id, "T-" + id, DocumentKind.REGULATION, title, null, "省机关事务管理局", "四川",
        List.of("公务用车"), status, LocalDate.of(2020, 1, 1), null,
        status == DocumentStatus.REPEALED ? LocalDate.of(2022, 1, 1) : null, null, List.of(), "", body, null);
  }
}
