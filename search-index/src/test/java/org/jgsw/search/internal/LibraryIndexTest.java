package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgsw.search.LibraryIndexes;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.SearchHit;
import org.jgsw.search.api.SearchPage;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.api.Suggestion;
import org.jgsw.search.api.Synonyms;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Searches on a real in-memory index of the fixture library. */
class LibraryIndexTest {

  private static LibraryIndex library;

  @BeforeAll
  static void indexFixtures() {
    library = LibraryIndexes.inMemory();
    library.indexAll(FixtureLibrary.documents());
  }

  @AfterAll
  static void close() {
    library.close();
  }

  private static List<Long> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::id).toList();
  }

  private static SearchPage search(String text) {
    return library.search(SearchQuery.of(text));
  }

  @Nested
  class Numbers {

    @ParameterizedTest(name = "\"{0}\" finds document {1} first")
    @CsvSource(delimiter = '|', value = {
        "DB51/T 2500-2018   | 4",
        "DB51/T2500         | 4",
        "db51t2500          | 4",
        "ＤＢ５１／Ｔ２５００    | 4",
        "GB/T 2887          | 5",
        "gbt2887-2011       | 5",
        "国办发〔2017〕71号    | 1",
        "国办发 2017 71号     | 1",
        "国办发[2017]71号     | 1"})
    void numbersTypedAnyWayFindTheirDocument(String typed, long id) {
      assertThat(ids(search(typed))).first().isEqualTo(id);
    }

    @Test
    void aNumberWithoutYearFindsEveryEdition() {
      assertThat(ids(search("GB/T 2589"))).startsWith(6L, 7L);
    }
  }

  @Nested
  class ChineseText {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ChineseAnalysis.Segmenter.class)
    void aShortQueryFindsTheWordInsideASentenceWithEverySegmenter(ChineseAnalysis.Segmenter segmenter) {
      try (var index = new LuceneLibraryIndex(new ByteBuffersDirectory(),
          IndexSettings.DEFAULTS.withSegmenter(segmenter, true))) {
        index.indexAll(FixtureLibrary.documents());
        // Document 30 says "严格控制公务接待、公务用车等支出" inside a sentence.
        assertThat(ids(index.search(SearchQuery.of("公务用车")))).contains(30L, 1L, 2L, 22L);
      }
    }

    @Test
    void articleReferencesMatchHoweverWritten() {
      SearchPage arabic = search("四川省公务用车管理办法 第12条");
      SearchPage chinese = search("第十二条 公务用车");

      assertThat(arabic.hits()).filteredOn(h -> h.id() == 3L).singleElement()
          .extracting(SearchHit::clause).isEqualTo("第十二条");
      assertThat(chinese.hits()).filteredOn(h -> h.id() == 2L).singleElement()
          .extracting(SearchHit::clause).isEqualTo("第12条");
      assertThat(ids(search("第12条"))).contains(1L, 2L, 3L, 8L);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"/", "(", ")", "\"", "*", "AND", "OR NOT", "公务用车 AND (", "\"未闭合的引号",
        "\\", "::", "[]{}", "~^!", "-", "+-&&||", "公务用车*", "?", "title:公务", "a/b/c", "第条", "第十万万条",
        "𠀀😀", "\u0000", "    ", "《》", "1.2.3.4.5.6.7"})
    void anyInputIsSearchedWithoutError(String typed) {
      assertThatNoException().isThrownBy(() -> search(typed));
      assertThatNoException().isThrownBy(() -> library.suggest(typed, 5));
    }

    @Test
    void veryLongInputIsSearchedWithoutError() {
      assertThatNoException().isThrownBy(() -> search("公务用车(".repeat(500)));
    }

    @Test
    void quotedPhrasesMustMatchAsPhrases() {
      assertThat(ids(search("\"公务用车平台\""))).containsExactlyInAnyOrder(1L, 2L, 22L);
      assertThat(ids(search("“公车私用”"))).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void operatorsAreIgnoredNotThrown() {
      assertThat(ids(search("公务接待 AND 定点饭店"))).startsWith(12L);
    }
  }

  @Nested
  class Ranking {

    @Test
    void theCurrentVersionOutranksTheRepealedOneThatReadsTheSame() {
      List<Long> offices = ids(search("党政机关办公用房管理办法"));
      List<Long> energy = ids(search("综合能耗计算通则"));

      assertThat(offices.indexOf(13L)).isLessThan(offices.indexOf(14L));
      assertThat(energy.indexOf(6L)).isLessThan(energy.indexOf(7L));
    }

    @Test
    void titleMatchesOutrankBodyMatches() {
      assertThat(ids(search("公物仓"))).first().isEqualTo(18L);
      assertThat(ids(search("驾驶舱"))).first().isEqualTo(19L);
    }

    @Test
    void sortByDateGivesTheNewestFirst() {
      List<Long> byDate = ids(library.search(SearchQuery.of("公务用车").sortedBy(SearchQuery.Sort.DATE)));
      assertThat(byDate).startsWith(19L, 10L); // 2022-08-15, 2021-05-20: the newest matches
    }

    @Test
    void pagesDoNotOverlap() {
      SearchQuery q = SearchQuery.of("机关");
      List<Long> first = ids(library.search(q.page(0, 5)));
      List<Long> second = ids(library.search(q.page(1, 5)));
      assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
    }
  }

  @Nested
  class Facets {

    private final List<IndexableDocument> all = FixtureLibrary.documents();

    @Test
    void countsEveryFacetOverAllDocuments() {
      SearchPage page = search("");

      assertThat(page.total()).isEqualTo(all.size());
      assertThat(page.facets().get("kind")).containsEntry("REGULATION", count(d -> d.kind() == DocumentKind.REGULATION))
          .containsEntry("STANDARD", count(d -> d.kind() == DocumentKind.STANDARD))
          .containsEntry("CASE", count(d -> d.kind() == DocumentKind.CASE));
      assertThat(page.facets().get("region")).containsEntry("四川", count(d -> "四川".equals(d.region())));
      assertThat(page.facets().get("domain")).containsEntry("公务用车", count(d -> d.domains().contains("公务用车")));
      assertThat(page.facets().get("status")).containsEntry("REPEALED", count(d -> d.status() == DocumentStatus.REPEALED));
      assertThat(page.facets().get("year")).containsEntry("2021", count(d -> Integer.valueOf(2021).equals(d.year())));
    }

    @Test
    void choosingAValueFiltersHitsAndOtherFacetsButNotItsOwnCounts() {
      SearchPage page = library.search(SearchQuery.of("").withRegions(Set.of("四川")));

      long sichuan = count(d -> "四川".equals(d.region()));
      assertThat(page.total()).isEqualTo(sichuan);
      assertThat(page.facets().get("region")).containsEntry("全国", count(d -> "全国".equals(d.region())));
      assertThat(page.facets().get("kind").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sichuan);
    }

    @Test
    void twoFacetsCombine() {
      SearchPage page = library.search(SearchQuery.of("公务用车")
          .withKinds(Set.of(DocumentKind.REGULATION)).withStatuses(Set.of(DocumentStatus.CURRENT)));

      assertThat(page.hits()).allSatisfy(h -> {
        assertThat(h.kind()).isEqualTo(DocumentKind.REGULATION);
        assertThat(h.status()).isEqualTo(DocumentStatus.CURRENT);
      });
      assertThat(page.facets().get("status")).containsKey("REPEALED"); // drill sideways
      assertThat(page.facets().get("kind")).containsKey("CASE");
      assertThat(ids(page)).doesNotContain(3L, 22L);
    }

    @Test
    void yearAndDomainFilter() {
      SearchPage page = library.search(SearchQuery.of("").withYears(Set.of(2021)).withDomains(Set.of("公共机构节能")));
      assertThat(ids(page)).containsExactlyInAnyOrder(20L, 29L);
    }

    @Test
    void aRestrictionToIdsKeepsOnlyThoseAndCountsTotalAndFacetsOverThem() {
      Set<Long> allowed = Set.of(1L, 4L, 20L, 29L, 999L);
      SearchPage page = library.search(SearchQuery.of("").restrictedTo(allowed).page(0, 100));

      java.util.function.Predicate<IndexableDocument> in = d -> allowed.contains(d.id());
      assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(all.stream().filter(in).map(IndexableDocument::id).toList());
      assertThat(page.total()).isEqualTo(count(in));
      assertThat(page.facets().get("kind").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count(in));
    }

    @Test
    void aRestrictionCombinesWithTextAndFacetFilters() {
      SearchPage unrestricted = library.search(SearchQuery.of("").withDomains(Set.of("公共机构节能")));
      SearchPage restricted = library.search(SearchQuery.of("").withDomains(Set.of("公共机构节能")).restrictedTo(Set.of(20L, 4L)));

      assertThat(unrestricted.total()).isGreaterThan(1);
      assertThat(ids(restricted)).containsExactly(20L);
      assertThat(restricted.total()).isEqualTo(1);
      assertThat(restricted.facets().get("domain")).containsEntry("公共机构节能", 1L);
    }

    @Test
    void anEmptyRestrictionFindsNothing() {
      SearchPage page = library.search(SearchQuery.of("公务用车").restrictedTo(Set.of()));
      assertThat(page.total()).isZero();
      assertThat(page.hits()).isEmpty();
    }

    private long count(java.util.function.Predicate<IndexableDocument> p) {
      return all.stream().filter(p).count();
    }
  }

  @Nested
  class InForce {

    @Test
    void onADateOnlyWhatAppliedThen() {
      List<Long> in2015 = ids(library.search(SearchQuery.of("公务用车").inForceOn(LocalDate.of(2015, 1, 1))));
      List<Long> today = ids(library.search(SearchQuery.of("公务用车").inForceOn(LocalDate.of(2025, 1, 1))));

      assertThat(in2015).contains(3L, 30L).doesNotContain(1L, 2L, 10L);
      assertThat(today).contains(1L, 2L).doesNotContain(3L);
    }

    @Test
    void theRepealDayIsNoLongerInForce() {
      assertThat(ids(library.search(SearchQuery.of("办公用房").inForceOn(LocalDate.of(2017, 11, 1)))))
          .contains(13L).doesNotContain(14L);
      assertThat(ids(library.search(SearchQuery.of("办公用房").inForceOn(LocalDate.of(2017, 10, 31)))))
          .contains(14L).doesNotContain(13L);
    }

    @Test
    void anUpcomingDocumentIsInForceFromItsEffectiveDate() {
      assertThat(ids(library.search(SearchQuery.of("效能督导").inForceOn(LocalDate.of(2026, 1, 1))))).doesNotContain(27L);
      assertThat(ids(library.search(SearchQuery.of("效能督导").inForceOn(LocalDate.of(2026, 7, 1))))).contains(27L);
    }
  }

  @Nested
  class SynonymsAtQueryTime {

    @Test
    void replacedSynonymsApplyToTheNextQueryWithoutReindexing() {
      try (LibraryIndex index = LibraryIndexes.inMemory()) {
        index.indexAll(FixtureLibrary.documents());
        assertThat(index.search(SearchQuery.of("网约车")).total()).isZero();
        assertThat(ids(index.search(SearchQuery.of("公车")))).containsExactlyInAnyOrder(2L, 3L);

        index.replaceSynonyms(Synonyms.parse("""
            # edited by a librarian
            公车 => 公务用车
            网约车 => 社会化用车
            能耗, 能源消耗
            """));

        assertThat(ids(index.search(SearchQuery.of("网约车")))).contains(10L, 22L);
        assertThat(ids(index.search(SearchQuery.of("公车")))).contains(1L, 2L, 3L, 22L);
        assertThat(ids(index.search(SearchQuery.of("能耗统计")))).contains(9L);

        index.replaceSynonyms(Synonyms.NONE);
        assertThat(index.search(SearchQuery.of("网约车")).total()).isZero();
      }
    }
  }

  @Nested
  class Highlighting {

    @Test
    void marksTheMatchedCharactersInsideASentence() {
      SearchHit hit = search("公务用车").hits().stream().filter(h -> h.id() == 30L).findFirst().orElseThrow();

      assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("、<mark>公务用车</mark>等支出"));
      assertThat(hit.clause()).isEqualTo("第十二条");
    }

    @Test
    void escapesHtmlAroundTheMarks() {
      SearchHit hit = search("数据交换").hits().get(0);

      assertThat(hit.id()).isEqualTo(19L);
      assertThat(hit.snippets()).anySatisfy(s -> assertThat(s)
          .contains("&lt;<mark>数据交换</mark>&gt;").contains("A&amp;B").doesNotContain("<数据"));
    }

    @Test
    void reportsTheNumberedClauseOfAStandard() {
      SearchHit hit = search("秩序维护人员").hits().get(0);

      assertThat(hit.id()).isEqualTo(4L);
      assertThat(hit.clause()).isEqualTo("4.2.1");
      assertThat(hit.snippets().get(0)).contains("<mark>秩序维护人员</mark>");
    }

    @Test
    void aTitleOnlyMatchStillGetsASnippetAndNoClause() {
      SearchHit hit = search("计算机场地通用规范").hits().get(0);
      assertThat(hit.snippets()).isNotEmpty();
    }
  }

  @Nested
  class Suggestions {

    @Test
    void byPrefixOfTermsAndTitles() {
      List<Suggestion> s = library.suggest("公务用", 10);

      assertThat(s).extracting(Suggestion::text).contains("公务用车", "党政机关公务用车管理办法");
      assertThat(s).filteredOn(x -> x.type() == Suggestion.Type.TITLE).allSatisfy(x -> assertThat(x.documentId()).isNotNull());
    }

    @Test
    void byPinyinInitials() {
      assertThat(library.suggest("gwyc", 10)).extracting(Suggestion::text)
          .contains("公务用车", "党政机关公务用车管理办法", "四川省公务用车管理实施细则");
      assertThat(library.suggest("jsc", 10)).extracting(Suggestion::text).contains("驾驶舱");
    }

    @Test
    void byNumberPrefix() {
      assertThat(library.suggest("DB51/T 25", 10)).extracting(Suggestion::text, Suggestion::type)
          .contains(org.assertj.core.groups.Tuple.tuple("DB51/T 2500-2018", Suggestion.Type.NUMBER));
    }
  }

  @Nested
  class RelatedDocuments {

    @Test
    void aNearTwinIsTheMostRelated() {
      assertThat(library.moreLikeThis(13L, 5)).extracting(SearchHit::id).first().isEqualTo(14L);
      assertThat(library.moreLikeThis(13L, 5)).extracting(SearchHit::id).doesNotContain(13L);
      assertThat(library.moreLikeThis(999L, 5)).isEmpty();
    }
  }

  @Nested
  class Writing {

    @Test
    void updateByIdReplacesAndDeleteRemoves() {
      try (LibraryIndex index = LibraryIndexes.inMemory()) {
        index.indexAll(FixtureLibrary.documents());
        long before = index.count();
        IndexableDocument old = FixtureLibrary.document(19L);
        index.index(new IndexableDocument(19L, old.externalId(), old.kind(), "无锡市机关事务数字驾驶舱（修订）",
            old.number(), old.issuer(), old.region(), old.domains(), old.status(), old.issuedOn(),
            old.effectiveOn(), old.repealedOn(), null, old.tags(), old.summary(), old.body(), old.updatedAt()));

        assertThat(index.count()).isEqualTo(before);
        assertThat(index.search(SearchQuery.of("驾驶舱")).hits()).filteredOn(h -> h.id() == 19L)
            .singleElement().extracting(SearchHit::title).isEqualTo("无锡市机关事务数字驾驶舱（修订）");

        index.delete(19L);
        assertThat(index.count()).isEqualTo(before - 1);
        assertThat(ids(index.search(SearchQuery.of("驾驶舱")))).doesNotContain(19L);
      }
    }

    @Test
    void anIndexedDocumentIsVisibleToTheNextSearch() {
      try (LibraryIndex index = LibraryIndexes.inMemory()) {
        index.indexAll(FixtureLibrary.documents());
        long t0 = System.nanoTime();
        index.index(new IndexableDocument(100L, "NEW-1", DocumentKind.CASE, "南京市机关事务新案例", null, null,
            "南京", List.of("后勤服务"), DocumentStatus.CURRENT, LocalDate.of(2024, 1, 1), null, null, null,
            List.of(), "摘要", "南京市推行光伏屋顶。", null));
        long visibleMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("near-real-time: write to searchable in " + visibleMs + " ms");

        assertThat(ids(index.search(SearchQuery.of("光伏屋顶")))).containsExactly(100L);
        assertThat(visibleMs).isLessThan(1000);
      }
    }

    @Test
    void rebuildReportsProgressAndDropsWhatTheSourceNoLongerHas() {
      try (LibraryIndex index = LibraryIndexes.inMemory()) {
        index.index(new IndexableDocument(999L, null, DocumentKind.CASE, "已从数据库删除的文档", null, null, null,
            null, DocumentStatus.CURRENT, null, null, null, null, null, null, "旧内容", null));
        List<IndexableDocument> docs = FixtureLibrary.documents();
        List<long[]> progress = new ArrayList<>();

        var result = index.rebuild(docs.iterator(), docs.size(), (done, total) -> progress.add(new long[] {done, total}));

        assertThat(result.indexed()).isEqualTo(docs.size());
        assertThat(result.removed()).isEqualTo(1);
        assertThat(index.count()).isEqualTo(docs.size());
        assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(docs.size(), docs.size()));
        assertThat(ids(index.search(SearchQuery.of("已从数据库删除的文档")))).doesNotContain(999L);
      }
    }

    @Test
    void survivesARestartWithItsCommitMarker(@TempDir Path dir) {
      try (LibraryIndex index = LibraryIndexes.open(dir)) {
        index.indexAll(FixtureLibrary.documents().subList(0, 5));
        index.commit("change-log:42");
      }
      try (LibraryIndex index = LibraryIndexes.open(dir)) {
        assertThat(index.count()).isEqualTo(5);
        assertThat(index.lastCommitMarker()).contains("change-log:42");
        assertThat(ids(index.search(SearchQuery.of("DB51/T 2500")))).containsExactly(4L);
      }
    }
  }
}
