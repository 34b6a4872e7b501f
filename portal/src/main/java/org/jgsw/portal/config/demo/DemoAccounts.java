package org.jgsw.portal.config.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jgsw.portal.account.Role;

/**
 * One demo account per role, only created with {@code portal.demo-data=true}. Everyone in the bureau
 * also studies, so every account holds STAFF too. The README lists the same names and passwords.
 */
public final class DemoAccounts {

  public record Account(String username, String password, Set<Role> roles, String staffNo) {}

  public static final Account ADMIN = new Account("admin", "admin123456", EnumSet.of(Role.ADMIN, Role.STAFF), DemoOrganisation.ADMIN_PERSON);
  public static final Account HR = new Account("hr", "hr123456", EnumSet.of(Role.HR, Role.STAFF), DemoOrganisation.HR_PERSON);
  public static final Account TRAINER = new Account("trainer", "trainer123456", EnumSet.of(Role.TRAINING_ADMIN, Role.STAFF), DemoOrganisation.TRAINER_PERSON);
  public static final Account LIBRARIAN = new Account("librarian", "librarian123456", EnumSet.of(Role.LIBRARIAN, Role.STAFF), DemoOrganisation.LIBRARIAN_PERSON);
  public static final Account SUPERVISOR = new Account("supervisor", "supervisor123456", EnumSet.of(Role.SUPERVISOR, Role.STAFF), DemoOrganisation.SUPERVISOR_PERSON);
  public static final Account LEADER = new Account("leader", "leader123456", EnumSet.of(Role.LEADER, Role.STAFF), DemoOrganisation.LEADER_PERSON);
  public static final Account STAFF = new Account("staff", "staff123456", EnumSet.of(Role.STAFF), DemoOrganisation.STAFF_PERSON);

  public static final List<Account> ALL = List.of(ADMIN, HR, TRAINER, LIBRARIAN, SUPERVISOR, STAFF, LEADER);

  private DemoAccounts() {}
}
