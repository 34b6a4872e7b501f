package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgsw.portal.library.DocumentsSuperseded;
import org.jgsw.portal.training.CitationFlags;

/**
 * Training's ear on the library: when documents are repealed, replaced or deleted, the owners of the
 * courses citing them are notified at once, after the library's commit (a rolled-back repeal must
 * not notify anyone). A failure here only delays the notice to the hourly sweep of {@link
 * CitationFlags}, so it is logged, never thrown back at the librarian whose write succeeded.
 */
@ApplicationScoped
public class CitingCourseOwnersNotifier {

  private static final Logger LOG = Logger.getLogger(CitingCourseOwnersNotifier.class.getName());

  @Inject CitationFlags citationFlags;

  void onSuperseded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentsSuperseded event) {
    try {
      var flagged = citationFlags.notifyCitersOf(event.documentIds().stream().map(String::valueOf).toList());
      if (!flagged.isEmpty()) {
        LOG.info(() -> "Library documents " + event.documentIds() + " superseded: owners of " + flagged.size() + " course(s) notified");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not notify the owners of courses citing " + event.documentIds() + "; the hourly check will", e);
    }
  }
}
