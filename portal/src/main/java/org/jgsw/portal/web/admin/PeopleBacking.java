package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.PersonQuery;
import org.jgsw.portal.organisation.PersonSpreadsheet;
import org.jgsw.portal.organisation.PoliticalStatus;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Rank;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * admin/people.xhtml: people paged and sorted in SQL with a search box (name, 工号, major), a unit
 * filter (a unit includes its departments) and 显示已停用; a create/edit dialog whose post list follows
 * the chosen unit; deactivate/activate; the Excel export of the current filter. The import is
 * {@link PeopleImportBacking}.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationService organisation;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private String text;
  private Long unitId;
  private boolean showInactive;
  private List<Unit> units = List.of();
  private PagedModel<Person> people;
  private Person editing;
  private List<Post> posts = List.of();
  private final LocalDate today = LocalDate.now();

  @PostConstruct
  void init() {
    units = organisation.allUnits();
    people = new PagedModel<>(
        Person::getId,
        () -> organisation.countPeople(query(null, true)),
        (first, size, sort, ascending) -> organisation.searchPeople(query(sort, ascending), first, size));
  }

  private PersonQuery query(String sortField, boolean ascending) {
    return new PersonQuery(text, unitId, showInactive, sortField == null ? "staffNo" : sortField, ascending);
  }

  public void startCreate() {
    editing = new Person();
    posts = List.of();
  }

  public void startEdit(Person row) {
    editing = organisation.findPerson(row.getId()).orElse(null);
    loadPosts();
  }

  /** The unit in the dialog changed: offer its posts, and drop a post of another unit. */
  public void unitChanged() {
    loadPosts();
    if (editing.getPost() != null && !posts.contains(editing.getPost())) {
      editing.setPost(null);
    }
  }

  private void loadPosts() {
    Unit unit = editing == null ? null : editing.getUnit();
    List<Post> choices = new ArrayList<>(unit == null ? List.of() : organisation.postsOfUnit(unit.getId()));
    Post current = editing == null ? null : editing.getPost();
    if (current != null && !choices.contains(current) && current.getUnit().equals(unit)) {
      choices.add(current); // an inactive post the person still holds
    }
    posts = choices;
  }

  public void save() {
    try {
      editing.setStaffNo(editing.getStaffNo() == null ? null : editing.getStaffNo().strip());
      organisation.savePerson(activeUser.getUsername(), editing);
      AdminTexts.info(messages, "people.saved", editing.getName());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (BusinessRuleException e) {
      messages.error(e);
    } catch (EJBException e) {
      if (!changedMeanwhile(e)) {
        throw e;
      }
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, AdminTexts.text(messages, "people.changedMeanwhile"), null));
    }
  }

  public void setActive(Person row, boolean active) {
    organisation.setPersonActive(activeUser.getUsername(), row.getId(), active);
    AdminTexts.info(messages, active ? "people.activated" : "people.deactivated", row.getName());
  }

  /** All people of the current filter as .xlsx, in the import format. */
  public StreamedContent export() {
    byte[] xlsx = organisation.exportPeople(activeUser.getUsername(), query("staffNo", true));
    return download(xlsx, AdminTexts.text(messages, "people.export.fileName", today.format(DateTimeFormatter.BASIC_ISO_DATE)));
  }

  public StreamedContent template() {
    return download(organisation.peopleTemplate(), AdminTexts.text(messages, "import.template.fileName"));
  }

  private static StreamedContent download(byte[] content, String fileName) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(PersonSpreadsheet.CONTENT_TYPE)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /** Someone else saved the person since the dialog was opened (the version check failed). */
  private static boolean changedMeanwhile(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** Units a person may be placed in: the active ones, plus the current unit of the person edited. */
  public List<Unit> getUnitChoices() {
    Unit current = editing == null ? null : editing.getUnit();
    return units.stream().filter(u -> u.isActive() || u.equals(current)).toList();
  }

  public String label(Enum<?> value) {
    return messages.label(value);
  }

  public String confirmText(String key, Person row) {
    return AdminTexts.text(messages, key, row.getName(), row.getStaffNo());
  }

  public int age(Person row) {
    return row.ageOn(today);
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public Education[] getEducations() {
    return Education.values();
  }

  public MajorFamily[] getMajorFamilies() {
    return MajorFamily.values();
  }

  public PoliticalStatus[] getPoliticalStatuses() {
    return PoliticalStatus.values();
  }

  public Rank[] getRanks() {
    return Rank.values();
  }

  public EntryChannel[] getEntryChannels() {
    return EntryChannel.values();
  }

  public LocalDate getToday() {
    return today;
  }

  public List<Unit> getUnits() {
    return units;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public PagedModel<Person> getPeople() {
    return people;
  }

  public Person getEditing() {
    return editing;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public boolean isShowInactive() {
    return showInactive;
  }

  public void setShowInactive(boolean showInactive) {
    this.showInactive = showInactive;
  }
}
