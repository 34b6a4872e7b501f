package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jgsw.portal.audit.AuditEntry;
import org.jgsw.portal.audit.AuditLog;
import org.jgsw.portal.web.shared.Messages;

/** admin/audit.xhtml: the audit log, newest first, paged in SQL, filtered by free text. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;
  @Inject Messages messages;

  private String text;
  private PagedModel<AuditEntry> entries;

  @PostConstruct
  void init() {
    // the log is always newest first; the table offers no other order
    entries = new PagedModel<>(AuditEntry::getId, () -> audit.count(text), (first, size, sort, ascending) -> audit.find(text, first, size));
  }

  /** "登录失败" for LOGIN_FAILED; an action this page does not know yet is shown as stored. */
  public String actionLabel(String action) {
    return labelOrRaw("audit.action.", action);
  }

  /** "用户" for USER, "单位" for UNIT …; unknown record types are shown as stored. */
  public String targetLabel(String targetType) {
    return labelOrRaw("audit.target.", targetType);
  }

  private String labelOrRaw(String prefix, String value) {
    if (value == null) {
      return "";
    }
    String key = prefix + value;
    String label = messages.text(AdminTexts.BUNDLE, key);
    return label.equals(key) ? value : label;
  }

  public PagedModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
