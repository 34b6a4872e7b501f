package org.jgsw.portal.audit;

public enum AuditAction {
  LOGIN,
  LOGIN_FAILED,
  LOGIN_LOCKED,
  LOGOUT,
  CREATE,
  UPDATE,
  DEACTIVATE,
  ACTIVATE,
  DELETE,
  IMPORT,
  EXPORT,
  /** Personal data was looked at, e.g. a candidate's profile (候选人档案查看). */
  VIEW
}
