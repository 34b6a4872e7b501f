package org.jgsw.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.SearchHit;
import org.jgsw.search.api.SearchPage;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.api.Suggestion;

/**
 * The library's reads for pages and the API — searches, suggestions, related documents — on the
 * index {@link LibraryIndexing} opens at start-up.
 *
 * <p>A plain CDI bean rather than methods of the EJB singleton: a call through the EJB container
 * (its interceptor chain, method-permission and transaction checks) was about a fifteenth of the
 * request path of {@code GET /api/search} in a JFR profile, and reads need none of it — the index is
 * safe for concurrent use, and searching takes no transaction. Writes, the commit marker and the
 * rebuild stay in {@link LibraryIndexing}, which also writes the search log this bean queues.
 */
@ApplicationScoped
public class LibrarySearch {

  private volatile LibraryIndex index;
  private final ConcurrentLinkedQueue<SearchLogEntry> searchLog = new ConcurrentLinkedQueue<>();

  /** Called by {@link LibraryIndexing} once the index is open. */
  void use(LibraryIndex opened) {
    index = opened;
  }

  /** Searches and logs the query with its hit count (written in the background, not on this request). */
  public SearchPage search(SearchQuery query, String username) {
    SearchPage page = index().search(query);
    if (query.page() == 0) {
      searchLog.add(new SearchLogEntry(LocalDateTime.now(), username, query.text().strip(), filters(query), page.total(), page.tookMs()));
    }
    return page;
  }

  public List<Suggestion> suggest(String prefix, int max) {
    return index().suggest(prefix, max);
  }

  public List<SearchHit> moreLikeThis(long id, int max) {
    return index().moreLikeThis(id, max);
  }

  /** The searches logged since the last call, oldest first. */
  List<SearchLogEntry> takeLoggedSearches() {
    List<SearchLogEntry> batch = new ArrayList<>();
    SearchLogEntry e;
    while ((e = searchLog.poll()) != null) {
      batch.add(e);
    }
    return batch;
  }

  private LibraryIndex index() {
    LibraryIndex open = index;
    if (open == null) {
      throw new IllegalStateException("The library index is not open yet");
    }
    return open;
  }

  private static String filters(SearchQuery q) {
    StringBuilder s = new StringBuilder();
    if (!q.kinds().isEmpty()) s.append("kind=").append(q.kinds()).append(' ');
    if (!q.regions().isEmpty()) s.append("region=").append(q.regions()).append(' ');
    if (!q.domains().isEmpty()) s.append("domain=").append(q.domains()).append(' ');
    if (!q.statuses().isEmpty()) s.append("status=").append(q.statuses()).append(' ');
    if (!q.years().isEmpty()) s.append("year=").append(q.years()).append(' ');
    if (q.inForceOn() != null) s.append("inForceOn=").append(q.inForceOn());
    return s.toString().strip();
  }
}
