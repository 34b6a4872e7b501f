package org.jgsw.portal.it.testdata;

import org.jgsw.portal.config.demo.DemoAccounts;

/**
 * Who makes a request in the role tables: nobody, or one of the demo accounts (loaded with
 * {@code portal.demo-data=true}; names and passwords come from {@link DemoAccounts}, as in the README).
 */
public enum Caller {
  ANONYMOUS(null),
  STAFF(DemoAccounts.STAFF),
  SUPERVISOR(DemoAccounts.SUPERVISOR),
  HR(DemoAccounts.HR),
  TRAINER(DemoAccounts.TRAINER),
  LIBRARIAN(DemoAccounts.LIBRARIAN),
  ADMIN(DemoAccounts.ADMIN),
  LEADER(DemoAccounts.LEADER);

  private final DemoAccounts.Account account;

  Caller(DemoAccounts.Account account) {
    this.account = account;
  }

  /** The column heading in the tables: {@code anonymous} or the demo user name. */
  public String label() {
    return account == null ? "anonymous" : account.username();
  }

  public boolean isAnonymous() {
    return account == null;
  }

  public String username() {
    return account.username();
  }

  public String password() {
    return account.password();
  }

  public static Caller byLabel(String label) {
    for (Caller c : values()) {
      if (c.label().equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("No caller column " + label);
  }

  @Override
  public String toString() {
    return label();
  }
}
