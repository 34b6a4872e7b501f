package org.jgsw.search.api;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The library's full-text index: one per directory, safe for concurrent use by many threads.
 * Searches never see a half-finished write and never throw on user input.
 *
 * <p>Writes are visible to the next search once the write method returns (near-real-time) and are
 * committed to disk within {@code commitIntervalSeconds} and on {@link #close()}. The database stays
 * the source of truth: after a crash, re-index what changed since {@link #lastCommitMarker()} or
 * {@link #rebuild} everything.
 */
public interface LibraryIndex extends AutoCloseable {

  /** Adds the document or replaces the one with the same {@code id}; searchable on return. */
  void index(IndexableDocument document);

  /** Adds or replaces many documents (an import) and makes them searchable once, at the end. */
  void indexAll(Iterable<IndexableDocument> documents);

  /** Removes the document; a no-op for an unknown id. */
  void delete(long id);

  SearchPage search(SearchQuery query);

  /** Terms, titles and numbers starting with (or, for titles, containing) {@code prefix}, or whose
   * pinyin initials start with it (gwyc → 公务用车). */
  List<Suggestion> suggest(String prefix, int max);

  /** Documents similar to document {@code id} (without it), best first; empty for an unknown id. */
  List<SearchHit> moreLikeThis(long id, int max);

  /** Documents in the index, as seen by searches now. */
  long count();

  /**
   * Re-indexes every document from {@code documents} while searches keep working on the old
   * content, then removes documents the source no longer has. Documents indexed concurrently by
   * {@link #index} during the rebuild are kept.
   *
   * @param expectedTotal for the progress callback; {@code -1} if unknown
   */
  RebuildResult rebuild(Iterator<IndexableDocument> documents, long expectedTotal, RebuildProgress progress);

  /** The synonyms in use for new queries. */
  Synonyms synonyms();

  /** Replaces the synonyms; the next search uses them, no re-indexing needed. */
  void replaceSynonyms(Synonyms synonyms);

  /** Writes pending changes to disk with {@code marker} (e.g. the last change-log id applied). */
  void commit(String marker);

  /** The marker of the last {@link #commit(String)}, to catch up from after a restart. */
  Optional<String> lastCommitMarker();

  @Override
  void close();

  /** Called during {@link #rebuild}: documents written so far, and the expected total or -1. */
  @FunctionalInterface
  interface RebuildProgress {
    RebuildProgress NONE = (done, total) -> {};

    void progress(long done, long expectedTotal);
  }
}
