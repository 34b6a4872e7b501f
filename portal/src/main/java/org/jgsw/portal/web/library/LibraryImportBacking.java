package org.jgsw.portal.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jgsw.portal.library.LibraryImport;
import org.jgsw.portal.library.LibraryImportReport;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.event.FileUploadEvent;

/** library/manage/import.xhtml: JSON Lines from a file or pasted text, and the report. */
@Named
@ViewScoped
public class LibraryImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LibraryImport importer;
  @Inject ActiveUser activeUser;
  @Inject transient Messages messages;

  private String text;
  private LibraryImportReport report;

  public void upload(FileUploadEvent event) {
    report = importer.importJsonLines(activeUser.getUsername(),
        new InputStreamReader(new ByteArrayInputStream(event.getFile().getContent()), StandardCharsets.UTF_8), messages.locale());
  }

  public void importText() {
    report = importer.importJsonLines(activeUser.getUsername(), new StringReader(text == null ? "" : text), messages.locale());
  }

  public LibraryImportReport getReport() { return report; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
}
