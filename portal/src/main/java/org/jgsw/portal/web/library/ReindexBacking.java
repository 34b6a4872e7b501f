package org.jgsw.portal.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jgsw.portal.library.LibraryIndexing;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.jgsw.portal.library.LibraryProblem;

/** admin/reindex.xhtml: start a rebuild of the library index from the database and follow its progress. */
@Named
@RequestScoped
public class ReindexBacking {

  @Inject LibraryIndexing indexing;
  @Inject LibraryService library;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  public void start() {
    boolean started = indexing.startRebuild(activeUser.getUsername());
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(started ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
        messages.text(LibraryProblem.BUNDLE, started ? "reindex.started" : "reindex.running"), null));
  }

  public LibraryIndexing.RebuildState getState() { return indexing.rebuildState(); }
  public long getIndexCount() { return indexing.count(); }
  public long getDatabaseCount() { return library.count(); }
}
