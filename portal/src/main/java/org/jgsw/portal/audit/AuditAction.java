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
  EXPORT
}
