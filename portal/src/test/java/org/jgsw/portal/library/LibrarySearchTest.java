package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jgsw.search.LibraryIndexes;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibrarySearchTest {

  private LibraryIndex index;
  private final LibrarySearch search = new LibrarySearch();

  @BeforeEach
  void openIndex() {
    index = LibraryIndexes.inMemory();
    index.indexAll(List.of(
        document(1, "四川省公务用车管理办法", "公务用车"),
        document(2, "办公用房管理办法", "办公用房")));
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  @Test
  void searchesTheIndexItWasGiven() {
    search.use(index);

    assertThat(search.search(SearchQuery.of("公务用车"), "staff").hits())
        .extracting(h -> h.id()).containsExactly(1L);
  }

  @Test
  void logsFirstPagesWithTheirHitCountsUntilTheyAreTaken() {
    search.use(index);

    search.search(SearchQuery.of("公务用车"), "staff");
    search.search(SearchQuery.of("没有这样的词语").withKinds(Set.of(DocumentKind.CASE)), "hr");
    search.search(new SearchQuery("公务用车", null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10), "staff");

    assertThat(search.takeLoggedSearches())
        .extracting(SearchLogEntry::username, SearchLogEntry::query, SearchLogEntry::filters, SearchLogEntry::hits)
        .containsExactly(
            tuple("staff", "公务用车", "", 1L),
            tuple("hr", "没有这样的词语", "kind=[CASE]", 0L));
    assertThat(search.takeLoggedSearches()).as("taken once").isEmpty();
  }

  @Test
  void saysSoWhenAskedBeforeTheIndexIsOpen() {
    assertThatThrownBy(() -> search.suggest("gw", 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not open");
  }

  private static IndexableDocument document(long id, String title, String domain) {
    return new IndexableDocument(id, "T-" + id, DocumentKind.REGULATION, title, null, "省机关事务管理局", "四川", List.of(domain),
        DocumentStatus.CURRENT, LocalDate.of(2020, 1, 1), null, null, null, List.of(), title + "的摘要", "第一条 " + title + "。",
        Instant.parse("2020-01-01T00:00:00Z"));
  }
}
