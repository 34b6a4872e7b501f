package org.jgsw.portal.account;

/**
 * The portal's roles. The names are the Jakarta Security group and role names used in
 * {@code web.xml} and {@code @RolesAllowed}; a user may hold several.
 */
public enum Role {
  STAFF,
  SUPERVISOR,
  HR,
  TRAINING_ADMIN,
  LIBRARIAN,
  /** 领导: a bureau leader who reads the cockpit (驾驶舱) of the units they lead. */
  LEADER,
  ADMIN;

  // Constants for annotations, which cannot reference enum names.
  public static final String STAFF_NAME = "STAFF";
  public static final String SUPERVISOR_NAME = "SUPERVISOR";
  public static final String HR_NAME = "HR";
  public static final String TRAINING_ADMIN_NAME = "TRAINING_ADMIN";
  public static final String LIBRARIAN_NAME = "LIBRARIAN";
  public static final String LEADER_NAME = "LEADER";
  public static final String ADMIN_NAME = "ADMIN";
}
