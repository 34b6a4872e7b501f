package org.jgsw.portal.adapter.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgsw.course.application.port.CitedDocuments;
import org.jgsw.course.domain.CitedDocument;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.search.api.DocumentStatus;

/**
 * Course content's view of the library: a cited document's title, number, status and replacement, read from the
 * library's documents (and their replacements) in two queries. Translates the library's status into training's terms.
 */
@ApplicationScoped
public class LibraryCitedDocuments implements CitedDocuments {

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, CitedDocument> describe(Collection<String> libraryDocumentIds) {
    List<Long> ids = libraryDocumentIds.stream().filter(s -> s != null && s.strip().matches("\\d{1,18}"))
        .map(s -> Long.valueOf(s.strip())).distinct().toList();
    Map<String, CitedDocument> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<LibraryDocument> docs = find(ids);
    Map<Long, LibraryDocument> replacements = new HashMap<>();
    find(docs.stream().map(LibraryDocument::getReplacedById).filter(java.util.Objects::nonNull).distinct().toList())
        .forEach(r -> replacements.put(r.getId(), r));
    for (LibraryDocument d : docs) {
      LibraryDocument r = d.getReplacedById() == null ? null : replacements.get(d.getReplacedById());
      CitedDocument.Replacement replacement = r == null ? null : new CitedDocument.Replacement(String.valueOf(r.getId()), r.getTitle(), r.getNumber());
      out.put(String.valueOf(d.getId()), new CitedDocument(String.valueOf(d.getId()), d.getTitle(), d.getNumber(), status(d.getStatus()), replacement));
    }
    return out;
  }

  private List<LibraryDocument> find(List<Long> ids) {
    return ids.isEmpty() ? List.of()
        : em.createNamedQuery("LibraryDocument.findByIds", LibraryDocument.class).setParameter("ids", ids).getResultList();
  }

  private static CitedDocument.Status status(DocumentStatus s) {
    if (s == null) {
      return CitedDocument.Status.MISSING;
    }
    return switch (s) {
      case CURRENT -> CitedDocument.Status.CURRENT;
      case REPEALED -> CitedDocument.Status.REPEALED;
      case UPCOMING -> CitedDocument.Status.UPCOMING;
    };
  }
}
