package org.jgsw.portal.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.library.NoResultSearch;
import org.jgsw.portal.web.admin.PagedModel;

/** library/manage/index.xhtml: the documents (filter, paging in SQL) and the searches that found nothing. */
@Named
@ViewScoped
public class LibraryManageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LibraryService library;

  private String filter;
  private PagedModel<LibraryDocument> documents;
  private List<NoResultSearch> noResults;

  @PostConstruct
  void init() {
    documents = new PagedModel<>(LibraryDocument::getId, () -> library.countList(filter),
        (first, size, sort, asc) -> library.list(filter, first, size));
    noResults = library.noResultSearches(50);
  }

  public PagedModel<LibraryDocument> getDocuments() { return documents; }
  public List<NoResultSearch> getNoResults() { return noResults; }
  public long getTotal() { return library.count(); }
  public String getFilter() { return filter; }
  public void setFilter(String v) { filter = v; }
}
