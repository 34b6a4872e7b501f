package org.jgsw.portal.organisation;

/**
 * Leadership post levels (领导职务) and rank levels (职级) of civil servants, plus 工勤 staff.
 * Leaders have a five-year credit-hour requirement, so the distinction is kept on the rank.
 */
public enum Rank {
  BUREAU_CHIEF(true),
  DEPUTY_BUREAU_CHIEF(true),
  DIVISION_CHIEF(true),
  DEPUTY_DIVISION_CHIEF(true),
  INSPECTOR_1(false),
  INSPECTOR_2(false),
  RESEARCHER_1(false),
  RESEARCHER_2(false),
  RESEARCHER_3(false),
  RESEARCHER_4(false),
  PRINCIPAL_STAFF_1(false),
  PRINCIPAL_STAFF_2(false),
  PRINCIPAL_STAFF_3(false),
  PRINCIPAL_STAFF_4(false),
  STAFF_MEMBER_1(false),
  STAFF_MEMBER_2(false),
  WORKER(false);

  private final boolean leadership;

  Rank(boolean leadership) {
    this.leadership = leadership;
  }

  public boolean isLeadership() {
    return leadership;
  }
}
