package org.jgsw.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.ImportProblem;
import org.jgsw.portal.organisation.ImportReport;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.PersonSpreadsheet;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The Excel import of admin/people.xhtml: hands the uploaded file to the service and keeps the
 * report (created, updated, rejected rows with their reasons) for the page.
 */
@Named
@ViewScoped
public class PeopleImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private ImportReport report;
  private String fileName;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    report = null;
    fileName = file.getFileName();
    try {
      if (file.getSize() > PersonSpreadsheet.MAX_BYTES) {
        throw new BusinessRuleException("import.file.tooLarge", String.valueOf(PersonSpreadsheet.MAX_BYTES / (1024 * 1024)));
      }
      report = organisation.importPeople(activeUser.getUsername(), file.getContent());
      AdminTexts.info(messages, "import.done", report.created(), report.updated(), report.rejected());
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  public void clear() {
    report = null;
    fileName = null;
  }

  /** The reasons a row was rejected, in the user's language. */
  public List<String> reasons(ImportProblem problem) {
    return problem.messages(messages.locale());
  }

  public ImportReport getReport() {
    return report;
  }

  public String getFileName() {
    return fileName;
  }
}
