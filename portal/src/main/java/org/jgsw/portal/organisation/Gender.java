package org.jgsw.portal.organisation;

public enum Gender {
  MALE,
  FEMALE
}
