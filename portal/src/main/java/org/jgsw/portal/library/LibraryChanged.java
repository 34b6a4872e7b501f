package org.jgsw.portal.library;

import java.util.List;
import org.jgsw.search.api.IndexableDocument;

/**
 * Fired inside the transaction that wrote documents; observed after a successful commit to update
 * the index (never before: the index must not show what the database rolled back).
 *
 * @param lastChangeId the highest change-log id of the transaction
 */
public record LibraryChanged(long lastChangeId, List<IndexableDocument> upserts, List<Long> deletes) {}
