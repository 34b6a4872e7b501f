package org.jgsw.portal.web.training;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.jgsw.course.domain.OfflineTrainingRowValidator;
import org.jgsw.portal.training.OfflineTrainingImport;
import org.jgsw.portal.web.shared.ActiveUser;
import org.primefaces.event.FileUploadEvent;

/** training/offline.xhtml: import concentrated-class attendance from Excel, with a per-row report. */
@Named
@ViewScoped
public class OfflineTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OfflineTrainingImport importer;
  @Inject ActiveUser activeUser;

  private OfflineTrainingImport.Result result;

  public void upload(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      result = importer.importRows(activeUser.getUsername(), OfflineTrainingImport.readWorkbook(in));
    } catch (IOException | RuntimeException e) {
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "无法读取 Excel 文件：" + e.getMessage(), null));
    }
  }

  public OfflineTrainingImport.Result getResult() {
    return result;
  }

  public String getRules() {
    return OfflineTrainingRowValidator.RULES;
  }

  public String getColumns() {
    return String.join("、", OfflineTrainingImport.COLUMNS);
  }
}
