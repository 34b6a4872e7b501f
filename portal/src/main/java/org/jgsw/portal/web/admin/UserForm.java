package org.jgsw.portal.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.account.UserAccount;
import org.jgsw.portal.organisation.Person;

/**
 * What the user dialog edits. A new account needs a user name and an initial password; an existing
 * one only changes display name, roles and linked person, which {@link #applyTo} copies back.
 */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private UserAccount account;
  private String username;
  private String displayName;
  private Role[] roles = {Role.STAFF};
  private String password;
  private Person person;
  private String email;

  public static UserForm forNew() {
    return new UserForm();
  }

  public static UserForm of(UserAccount account) {
    UserForm form = new UserForm();
    form.account = account;
    form.username = account.getUsername();
    form.displayName = account.getDisplayName();
    form.roles = account.getRoles().toArray(Role[]::new);
    form.person = account.getPerson();
    form.email = account.getEmail();
    return form;
  }

  public boolean isNew() {
    return account == null;
  }

  public Set<Role> roleSet() {
    return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
  }

  /** The edited account with the form's display name, roles, person and e-mail address. */
  public UserAccount applyTo() {
    account.setDisplayName(displayName == null ? null : displayName.trim());
    account.setRoles(roleSet());
    account.setPerson(person);
    account.setEmail(email);
    return account;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
