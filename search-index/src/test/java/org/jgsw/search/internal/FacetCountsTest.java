package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.bench.SearchBenchmark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facet counts against counting by hand over the documents: the total counts documents passing
 * every filter; a facet's values count documents passing every filter but its own (drill-sideways).
 * Run on one segment of 600 documents (kind × status × region × year folded into combinations,
 * {@link FacetCombos}) and on many small ones (some of which see one domain a document, so domain
 * joins the combination there).
 */
class FacetCountsTest {

  private static final List<IndexableDocument> DOCS =
      IntStream.range(0, 600).mapToObj(SearchBenchmark::document).toList();

  private static final Map<String, Function<IndexableDocument, List<String>>> VALUES = Map.of(
      DocumentFields.KIND, d -> List.of(d.kind().name()),
      DocumentFields.STATUS, d -> List.of(d.status().name()),
      DocumentFields.REGION, d -> List.of(d.region()),
      DocumentFields.DOMAIN, d -> d.domains().stream().distinct().toList(),
      DocumentFields.YEAR, d -> d.year() == null ? List.of() : List.of(Integer.toString(d.year())));

  private static Directory oneSegment;
  private static Directory manySegments;

  @BeforeAll
  static void index() throws IOException {
    oneSegment = index(600);
    manySegments = index(3);
  }

  @AfterAll
  static void close() throws IOException {
    oneSegment.close();
    manySegments.close();
  }

  static Stream<Map<String, Set<String>>> selections() {
    return Stream.of(
        Map.of(),
        Map.of(DocumentFields.REGION, Set.of("四川")),
        Map.of(DocumentFields.KIND, Set.of("STANDARD"), DocumentFields.STATUS, Set.of("CURRENT")),
        Map.of(DocumentFields.DOMAIN, Set.of("会议服务"), DocumentFields.YEAR, Set.of("2020", "2021")),
        Map.of(DocumentFields.DOMAIN, Set.of("公务用车", "物业管理")),
        Map.of(DocumentFields.KIND, Set.of("CASE"), DocumentFields.REGION, Set.of("上海", "无锡"),
            DocumentFields.DOMAIN, Set.of("后勤服务"), DocumentFields.YEAR, Set.of("2010")),
        Map.of(DocumentFields.REGION, Set.of("没有这个地区")));
  }

  private static final List<String> ALL_FACETS = List.of(DocumentFields.KIND, DocumentFields.REGION,
      DocumentFields.DOMAIN, DocumentFields.STATUS, DocumentFields.YEAR);

  @ParameterizedTest
  @MethodSource("selections")
  void countsAreThoseCountedByHandInOneSegment(Map<String, Set<String>> chosen) throws IOException {
    assertCounts(oneSegment, ALL_FACETS, chosen);
  }

  @ParameterizedTest
  @MethodSource("selections")
  void countsAreThoseCountedByHandOverManySegments(Map<String, Set<String>> chosen) throws IOException {
    assertCounts(manySegments, ALL_FACETS, chosen);
  }

  /** One single-valued facet: nothing to combine, each facet counted on its own. */
  @ParameterizedTest
  @MethodSource("selections")
  void countsOfFacetsCountedOneByOneAreThoseCountedByHand(Map<String, Set<String>> chosen) throws IOException {
    List<String> fields = List.of(DocumentFields.DOMAIN, DocumentFields.REGION);
    Map<String, Set<String>> chosenOfThese = new HashMap<>(chosen);
    chosenOfThese.keySet().retainAll(fields);
    assertCounts(oneSegment, fields, chosenOfThese);
  }

  private static void assertCounts(Directory dir, List<String> fields, Map<String, Set<String>> chosen) throws IOException {
    List<FacetCounts.Dimension> dimensions = new ArrayList<>();
    fields.forEach(f -> dimensions.add(new FacetCounts.Dimension(f, f, chosen.getOrDefault(f, Set.of()))));
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      FacetCounts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetCounts(dimensions));

      long total = DOCS.stream().filter(d -> failures(d, chosen, null) == 0).count();
      assertThat(counts.total()).isEqualTo(total);
      for (String field : fields) {
        Map<String, Long> expected = new HashMap<>();
        DOCS.stream().filter(d -> failures(d, chosen, field) == 0)
            .forEach(d -> VALUES.get(field).apply(d).forEach(v -> expected.merge(v, 1L, Long::sum)));
        assertThat(counts.facets().get(field)).as(field).isEqualTo(expected);
      }
      int accepted = 0;
      for (var leaf : reader.leaves()) {
        accepted += counts.accepted(leaf.ord).cardinality();
      }
      assertThat(accepted).isEqualTo(total);
    }
  }

  /** The filters of {@code chosen} that {@code d} fails, leaving out that of {@code except}. */
  private static int failures(IndexableDocument d, Map<String, Set<String>> chosen, String except) {
    int failed = 0;
    for (var e : chosen.entrySet()) {
      if (!e.getKey().equals(except) && VALUES.get(e.getKey()).apply(d).stream().noneMatch(e.getValue()::contains)) {
        failed++;
      }
    }
    return failed;
  }

  private static Directory index(int perSegment) throws IOException {
    return SegmentedIndex.of(DOCS, perSegment);
  }
}
