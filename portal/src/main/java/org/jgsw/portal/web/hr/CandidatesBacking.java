package org.jgsw.portal.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.candidate.CandidateImportReport;
import org.jgsw.portal.candidate.CandidateService;
import org.jgsw.portal.candidate.CandidateSpreadsheet;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.PoliticalStatus;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** hr/candidates.xhtml: the candidate list, Excel import with its per-row report, manual entry. */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CandidateService candidates;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private List<Candidate> list;
  private CandidateImportReport report;
  private Candidate editing;

  @PostConstruct
  void init() {
    list = candidates.all();
  }

  public void upload(FileUploadEvent event) {
    report = null;
    try {
      report = candidates.importXlsx(activeUser.getUsername(), event.getFile().getContent());
      message(FacesMessage.SEVERITY_INFO, messages.text(CandidateMatchBacking.CMP, "candidates.import.done", report.created(), report.updated(), report.rejected()));
      list = candidates.all();
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, messages.text(CandidateMatchBacking.CMP, "candidates.import.unusable", e.getMessage()));
    }
  }

  public void startCreate() {
    editing = new Candidate();
    editing.setChannel(EntryChannel.OPEN_EXAM);
    editing.setEducation(Education.BACHELOR);
  }

  public void save() {
    List<String> problems = candidates.create(activeUser.getUsername(), editing);
    if (problems.isEmpty()) {
      message(FacesMessage.SEVERITY_INFO, messages.text(CandidateMatchBacking.CMP, "candidates.saved", editing.getName()));
      list = candidates.all();
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } else {
      problems.forEach(p -> message(FacesMessage.SEVERITY_ERROR, p));
    }
  }

  public StreamedContent getTemplate() {
    byte[] xlsx = candidates.template();
    return DefaultStreamedContent.builder().name("candidate-import-template.xlsx").contentType(CandidateSpreadsheet.CONTENT_TYPE)
        .stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  public int age(Candidate c) {
    return c.ageOn(LocalDate.now());
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<Candidate> getList() { return list; }
  public CandidateImportReport getReport() { return report; }
  public Candidate getEditing() { return editing; }
  public EntryChannel[] getChannels() { return new EntryChannel[] {EntryChannel.SELECTED_GRADUATE, EntryChannel.OPEN_SELECTION, EntryChannel.OPEN_EXAM, EntryChannel.VETERAN_TRANSFER}; }
  public Education[] getEducations() { return Education.values(); }
  public Gender[] getGenders() { return Gender.values(); }
  public MajorFamily[] getMajorFamilies() { return MajorFamily.values(); }
  public PoliticalStatus[] getPoliticalStatuses() { return PoliticalStatus.values(); }
}
