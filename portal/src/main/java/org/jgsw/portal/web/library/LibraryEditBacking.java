package org.jgsw.portal.web.library;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jgsw.portal.config.DataDirectory;
import org.jgsw.portal.library.DocumentInput;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryEdit;
import org.jgsw.portal.library.LibraryProblem;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.library.LibraryValidationException;
import org.jgsw.portal.library.TextExtraction;
import org.jgsw.portal.links.CompetencyDocuments;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * library/manage/edit.xhtml: create or edit a document with validation, upload its original (text
 * extracted), and see its edit history. Problems are shown next to their fields.
 */
@Named
@ViewScoped
public class LibraryEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LibraryService library;
  @Inject transient DataDirectory dataDirectory;
  @Inject ActiveUser activeUser;
  @Inject transient Messages messages;
  @Inject transient CompetencyDocuments competencyDocuments;

  private Long id;
  private String externalId;
  private DocumentKind kind = DocumentKind.REGULATION;
  private String title;
  private String number;
  private String issuer;
  private String region = "四川";
  private List<String> domains = new ArrayList<>();
  private DocumentStatus status = DocumentStatus.CURRENT;
  private LocalDate issuedOn;
  private LocalDate effectiveOn;
  private LocalDate repealedOn;
  private Long replacedById;
  private String tags;
  private String summary;
  private String body;
  private String fileName;
  private List<LibraryEdit> history = List.of();
  private List<String> domainChoices = List.of();
  private List<String> competencies = new ArrayList<>();
  private List<CompetencyChoice> competencyChoices = List.of();

  /** A competency of the dictionary to link to: its code and "name（code）". */
  public record CompetencyChoice(String code, String label) implements Serializable {}

  /** f:viewAction. */
  public void load() {
    domainChoices = library.domainNames();
    competencyChoices = competencyDocuments.dictionary().stream()
        .map(c -> new CompetencyChoice(c.code().value(), c.name() + "（" + c.code().value() + "）")).toList();
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    LibraryDocument d = library.find(id).orElse(null);
    if (d == null) {
      id = null;
      return;
    }
    externalId = d.getExternalId();
    kind = d.getKind();
    title = d.getTitle();
    number = d.getNumber();
    issuer = d.getIssuer();
    region = d.getRegion();
    domains = new ArrayList<>(d.getDomains());
    competencies = new ArrayList<>(d.getCompetencies());
    status = d.getStatus();
    issuedOn = d.getIssuedOn();
    effectiveOn = d.getEffectiveOn();
    repealedOn = d.getRepealedOn();
    replacedById = d.getReplacedById();
    tags = String.join(", ", d.getTags());
    summary = d.getSummary();
    body = d.getBody();
    fileName = d.getFileName();
    history = library.history(id);
  }

  public String save() {
    DocumentInput input = new DocumentInput(externalId, kind, title, number, issuer, region, domains, status, issuedOn, effectiveOn,
        repealedOn, replacedById, null, tags == null ? List.of() : Arrays.asList(tags.split("[,，、;；]")), summary, body);
    try {
      LibraryDocument saved = library.save(activeUser.getUsername(), id, input);
      competencyDocuments.link(activeUser.getUsername(), saved.getId(), competencies);
      messages.info("common.saved");
      return "/library/manage/edit?faces-redirect=true&id=" + saved.getId();
    } catch (LibraryValidationException e) {
      show(e);
      return null;
    }
  }

  public String delete() {
    try {
      library.delete(activeUser.getUsername(), id);
      return "/library/manage/index?faces-redirect=true";
    } catch (LibraryValidationException e) {
      show(e);
      return null;
    }
  }

  /** The original file: its type is checked by content, its text replaces the body. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      if (id == null) {
        throw new LibraryValidationException(List.of(LibraryProblem.of("file", "problem.file.saveFirst")));
      }
      if (file.getSize() > TextExtraction.MAX_BYTES) {
        throw new LibraryValidationException(List.of(LibraryProblem.of("file", "problem.file.tooLarge", TextExtraction.MAX_BYTES / (1024 * 1024))));
      }
      TextExtraction.Extracted extracted = TextExtraction.extract(file.getContent());
      Path dir = dataDirectory.filesDirectory().resolve("library");
      Files.createDirectories(dir);
      String stored = "library/" + UUID.randomUUID() + "." + extracted.type().extension;
      Files.write(dataDirectory.filesDirectory().resolve(stored), extracted.original());
      String name = file.getFileName() == null ? "original." + extracted.type().extension : Path.of(file.getFileName()).getFileName().toString();
      LibraryDocument d = library.attachFile(activeUser.getUsername(), id, name, extracted.type().mediaType, stored, extracted.original().length, extracted.text());
      body = d.getBody();
      fileName = d.getFileName();
      history = library.history(id);
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          messages.text(LibraryProblem.BUNDLE, "edit.uploaded", name, extracted.type().name(), extracted.text().length()), null));
    } catch (LibraryValidationException e) {
      show(e);
    } catch (IOException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  private void show(LibraryValidationException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (LibraryProblem p : e.problems()) {
      String client = "editForm:" + p.field();
      boolean known = faces.getViewRoot().findComponent(client) != null;
      faces.addMessage(known ? client : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(messages.locale()), null));
    }
    faces.validationFailed();
  }

  /** Choices for "replaced by": the other documents, by title. */
  public List<LibraryDocument> replacementChoices(String query) {
    return library.list(query, 0, 20).stream().filter(d -> !d.getId().equals(id)).toList();
  }

  public String replacementLabel() {
    return replacedById == null ? null : library.find(replacedById).map(d -> d.getTitle() + " " + (d.getNumber() == null ? "" : d.getNumber())).orElse(null);
  }

  public DocumentKind[] getKinds() { return DocumentKind.values(); }
  public DocumentStatus[] getStatuses() { return DocumentStatus.values(); }
  public List<String> getDomainChoices() { return domainChoices; }
  public List<CompetencyChoice> getCompetencyChoices() { return competencyChoices; }
  public List<String> getCompetencies() { return competencies; }
  public void setCompetencies(List<String> v) { competencies = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public List<LibraryEdit> getHistory() { return history; }
  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public String getExternalId() { return externalId; }
  public void setExternalId(String v) { externalId = v; }
  public DocumentKind getKind() { return kind; }
  public void setKind(DocumentKind v) { kind = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getNumber() { return number; }
  public void setNumber(String v) { number = v; }
  public String getIssuer() { return issuer; }
  public void setIssuer(String v) { issuer = v; }
  public String getRegion() { return region; }
  public void setRegion(String v) { region = v; }
  public List<String> getDomains() { return domains; }
  public void setDomains(List<String> v) { domains = v; }
  public DocumentStatus getStatus() { return status; }
  public void setStatus(DocumentStatus v) { status = v; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public void setIssuedOn(LocalDate v) { issuedOn = v; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
  public void setEffectiveOn(LocalDate v) { effectiveOn = v; }
  public LocalDate getRepealedOn() { return repealedOn; }
  public void setRepealedOn(LocalDate v) { repealedOn = v; }
  public Long getReplacedById() { return replacedById; }
  public void setReplacedById(Long v) { replacedById = v; }
  public String getTags() { return tags; }
  public void setTags(String v) { tags = v; }
  public String getSummary() { return summary; }
  public void setSummary(String v) { summary = v; }
  public String getBody() { return body; }
  public void setBody(String v) { body = v; }
  public String getFileName() { return fileName; }
}
