package org.jgsw.portal.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jgsw.portal.cockpit.Cockpit.LibraryActivity;
import org.jgsw.portal.cockpit.Cockpit.TermCount;

/**
 * Library activity from the search log ({@code library_search}), counted in the database: the most
 * searched terms and the terms that found nothing (as the library maintenance page lists them), over
 * the last {@value #DAYS} days. At the top unit every search counts; below it, the searches of
 * accounts whose person works in the unit or below.
 */
@ApplicationScoped
class LibraryActivityQuery {

  static final int DAYS = 90;
  private static final int TOP = 10;

  @PersistenceContext EntityManager em;

  /** {@code units}: the unit and those below it, or null for every search. */
  LibraryActivity activity(Collection<Long> units, LocalDateTime now) {
    LocalDateTime since = now.minusDays(DAYS);
    long searches = query("SELECT COUNT(s)", "", units, since, Long.class).getSingleResult();
    return new LibraryActivity(DAYS, searches, terms("", units, since), terms(" AND s.hitCount = 0", units, since));
  }

  private List<TermCount> terms(String condition, Collection<Long> units, LocalDateTime since) {
    return query("SELECT s.queryText, COUNT(s)", condition + " GROUP BY s.queryText ORDER BY COUNT(s) DESC, s.queryText", units, since,
        Object[].class).setMaxResults(TOP).getResultList().stream()
        .map(r -> new TermCount((String) r[0], ((Number) r[1]).longValue())).toList();
  }

  private <T> TypedQuery<T> query(String select, String rest, Collection<Long> units, LocalDateTime since, Class<T> type) {
    String from = units == null ? " FROM LibrarySearchRecord s WHERE"
        : " FROM LibrarySearchRecord s, UserAccount a JOIN a.person p WHERE a.username = s.username AND p.unit.id IN :units AND";
    TypedQuery<T> q = em.createQuery(select + from + " s.searchedAt >= :since AND s.queryText <> ''" + rest, type)
        .setParameter("since", since);
    if (units != null) {
      q.setParameter("units", units);
    }
    return q;
  }
}
