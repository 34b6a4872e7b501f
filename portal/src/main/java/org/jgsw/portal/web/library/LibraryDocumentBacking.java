package org.jgsw.portal.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibrarySearch;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.links.CitingCourse;
import org.jgsw.portal.links.CitingCourses;
import org.jgsw.portal.links.CompetencyDocuments;
import org.jgsw.competency.domain.Competency;
import org.jgsw.search.api.SearchHit;

/**
 * library/document.xhtml: one document with its table of contents, marked query words and related
 * documents; the courses citing it (and, on a new version, those still citing the one it replaces)
 * and the competencies it is linked to.
 */
@Named
@RequestScoped
public class LibraryDocumentBacking {

  @Inject LibraryService library;
  @Inject LibrarySearch search;
  @Inject CitingCourses citing;
  @Inject CompetencyDocuments competencyDocuments;

  private Long id;
  private String q;
  private LibraryDocument document;
  private LibraryDocument replacement;
  private List<LibraryDocument> replaces = List.of();
  private DocumentText text;
  private List<SearchHit> related = List.of();
  private List<CitingCourse> citedBy = List.of();
  private List<CitingCourse> stillCitingOld = List.of();
  private List<Competency> competencies = List.of();

  /** f:viewAction: an unknown id is a 404. */
  public void load() throws IOException {
    document = id == null ? null : library.find(id).orElse(null);
    if (document == null) {
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    replacement = document.getReplacedById() == null ? null : library.find(document.getReplacedById()).orElse(null);
    replaces = library.replacedBy(id);
    text = new DocumentText(document.getBody(), q);
    related = search.moreLikeThis(id, 6);
    citedBy = citing.of(document);
    stillCitingOld = citing.stillCitingReplaced(id);
    competencies = document.getCompetencies().isEmpty() ? List.of()
        : competencyDocuments.dictionary().stream().filter(c -> document.getCompetencies().contains(c.code().value())).toList();
  }

  public String summaryHtml() {
    return DocumentText.mark(DocumentText.escape(document.getSummary() == null ? "" : document.getSummary()), DocumentText.terms(q));
  }

  public String joined(java.util.Collection<String> values) {
    return values == null ? "" : String.join("、", values);
  }

  public LibraryDocument getDocument() { return document; }
  public LibraryDocument getReplacement() { return replacement; }
  public List<LibraryDocument> getReplaces() { return replaces; }
  public DocumentText getText() { return text; }
  public List<SearchHit> getRelated() { return related; }
  public List<CitingCourse> getCitedBy() { return citedBy; }
  public List<CitingCourse> getStillCitingOld() { return stillCitingOld; }
  public List<Competency> getCompetencies() { return competencies; }
  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public String getQ() { return q; }
  public void setQ(String v) { q = v; }
}
