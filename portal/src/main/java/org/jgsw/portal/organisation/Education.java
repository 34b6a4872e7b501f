package org.jgsw.portal.organisation;

/** Highest education completed, ordered from lowest to highest. */
public enum Education {
  HIGH_SCHOOL,
  JUNIOR_COLLEGE,
  BACHELOR,
  MASTER,
  DOCTORATE;

  public boolean isAtLeast(Education other) {
    return compareTo(other) >= 0;
  }
}
