package org.jgsw.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A logged search (query and hit count), written in batches off the request path. */
@Entity
@Table(name = "library_search")
public class LibrarySearchRecord {

  @Id
  @SequenceGenerator(name = "library_search_seq", sequenceName = "library_search_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_search_seq")
  private Long id;

  @Column(name = "searched_at")
  private LocalDateTime searchedAt;

  private String username;

  @Column(name = "query_text")
  private String queryText;

  private String filters;

  @Column(name = "hit_count")
  private long hitCount;

  @Column(name = "took_ms")
  private long tookMs;

  protected LibrarySearchRecord() {}

  LibrarySearchRecord(SearchLogEntry e) {
    searchedAt = e.at();
    username = e.username();
    queryText = cut(e.query(), 500);
    filters = cut(e.filters(), 500);
    hitCount = e.hits();
    tookMs = e.tookMs();
  }

  private static String cut(String s, int max) {
    return s == null ? null : s.length() <= max ? s : s.substring(0, max);
  }
}
