package org.jgsw.portal.library;

import java.time.ZoneId;
import java.util.List;
import org.jgsw.search.api.IndexableDocument;

/** Maps the portal's documents to what the index takes; the index never sees entities. */
public final class LibraryDocuments {

  private LibraryDocuments() {}

  public static IndexableDocument toIndexable(LibraryDocument d) {
    return new IndexableDocument(
        d.getId(), d.getExternalId(), d.getKind(), d.getTitle(), d.getNumber(), d.getIssuer(), d.getRegion(),
        List.copyOf(d.getDomains()), d.getStatus(), d.getIssuedOn(), d.getEffectiveOn(), d.getRepealedOn(),
        d.getReplacedById(), List.copyOf(d.getTags()), d.getSummary(), d.getBody(),
        d.getUpdatedAt() == null ? null : d.getUpdatedAt().atZone(ZoneId.systemDefault()).toInstant());
  }
}
