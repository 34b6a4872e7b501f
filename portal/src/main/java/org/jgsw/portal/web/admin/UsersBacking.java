package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.account.UserAccount;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.PrimeFaces;

/** admin/users.xhtml: accounts paged in SQL; create, edit, reset password, unlock, deactivate. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PERSON_SUGGESTIONS = 10;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject AccountService accounts;
  @Inject OrganisationService organisation;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private String text;
  private PagedModel<UserAccount> users;
  private UserForm form = UserForm.forNew();
  private UserAccount resetting;
  private String newPassword;

  @PostConstruct
  void init() {
    users = new PagedModel<>(
        UserAccount::getId,
        () -> accounts.count(text),
        (first, size, sort, ascending) -> accounts.search(text, first, size, sort, ascending));
  }

  public void startCreate() {
    form = UserForm.forNew();
  }

  public void startEdit(UserAccount row) {
    form = UserForm.of(row);
  }

  public void save() {
    try {
      if (form.isNew()) {
        UserAccount created = accounts.create(actor(), form.getUsername(), form.getDisplayName().trim(), form.roleSet(), form.getPassword(), form.getPerson());
        if (form.getEmail() != null && !form.getEmail().isBlank()) {
          created.setEmail(form.getEmail());
          accounts.update(actor(), created);
        }
      } else {
        accounts.update(actor(), form.applyTo());
      }
      AdminTexts.info(messages, "common.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  public void startReset(UserAccount row) {
    resetting = row;
    newPassword = null;
  }

  public void resetPassword() {
    try {
      accounts.resetPassword(actor(), resetting.getId(), newPassword);
      AdminTexts.info(messages, "users.passwordReset", resetting.getUsername());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  public void unlock(UserAccount row) {
    accounts.unlock(actor(), row.getId());
    AdminTexts.info(messages, "users.unlocked", row.getUsername());
  }

  public void setActive(UserAccount row, boolean active) {
    try {
      accounts.setActive(actor(), row.getId(), active);
      AdminTexts.info(messages, active ? "users.activated" : "users.deactivated", row.getUsername());
    } catch (BusinessRuleException e) {
      messages.error(e);
    }
  }

  /** Autocomplete of the person an account belongs to, by name or staff number. */
  public List<Person> completePerson(String query) {
    return organisation.suggestPeople(query, PERSON_SUGGESTIONS);
  }

  public boolean isSelf(UserAccount row) {
    return row.getUsername().equals(activeUser.getUsername());
  }

  public boolean isLocked(UserAccount row) {
    return row.isLockedAt(LocalDateTime.now());
  }

  /** "2025-11-27 10:15" for the 锁定至 badge. */
  public String lockedUntil(UserAccount row) {
    return row.getLockedUntil() == null ? "" : row.getLockedUntil().format(MINUTES);
  }

  public String roleLabels(UserAccount row) {
    return row.getRoles().stream().sorted().map(r -> messages.text("role." + r.name())).collect(Collectors.joining(messages.isChinese() ? "、" : ", "));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public int getMinPasswordLength() {
    return AccountService.MIN_PASSWORD_LENGTH;
  }

  private String actor() {
    return activeUser.getUsername();
  }

  public PagedModel<UserAccount> getUsers() {
    return users;
  }

  public UserForm getForm() {
    return form;
  }

  public UserAccount getResetting() {
    return resetting;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
