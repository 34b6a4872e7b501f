package org.jgsw.course.domain;

/**
 * What training knows of a library document a lesson cites: its title, number and status, as the
 * library reports it now, and the document that replaces it if the library names one. A document
 * the library no longer has is {@link Status#MISSING}.
 */
public record CitedDocument(String id, String title, String number, Status status, Replacement replacedBy) {

  /** The library's status of the document, plus MISSING for a deleted or unknown id. */
  public enum Status {
    CURRENT("现行有效"),
    UPCOMING("即将实施"),
    REPEALED("已废止"),
    MISSING("资料库中不存在");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The newer document that replaces a cited one: lessons should point to it instead. */
  public record Replacement(String id, String title, String number) {

    public Replacement {
      id = Texts.required(id, "代替资料的编号不能为空");
      title = Texts.optional(title);
      number = Texts.optional(number);
    }

    /** 《title》 (number), or #id when the title is unknown. */
    public String label() {
      String name = title.isEmpty() ? "#" + id : "《" + title + "》";
      return number.isEmpty() ? name : name + "（" + number + "）";
    }
  }

  public CitedDocument {
    id = Texts.required(id, "资料编号不能为空");
    title = Texts.optional(title);
    number = Texts.optional(number);
    if (status == null) {
      status = Status.MISSING;
    }
  }

  /** A document without a replacement. */
  public CitedDocument(String id, String title, String number, Status status) {
    this(id, title, number, status, null);
  }

  public static CitedDocument missing(String id) {
    return new CitedDocument(id, "", "", Status.MISSING);
  }

  /** Whether the library names a newer document that replaces this one. */
  public boolean isReplaced() {
    return replacedBy != null;
  }

  /**
   * A lesson citing this document must be reviewed: the document was repealed, replaced by a newer
   * one, or no longer exists.
   */
  public boolean needsReview() {
    return status == Status.REPEALED || status == Status.MISSING || replacedBy != null;
  }

  /** Why a lesson citing it needs review, e.g. "已废止，已被《…》代替". */
  public String reviewReason() {
    String reason = status == Status.CURRENT || status == Status.UPCOMING ? "" : status.label();
    if (replacedBy != null) {
      reason = (reason.isEmpty() ? "" : reason + "，") + "已被" + replacedBy.label() + "代替";
    }
    return reason;
  }
}
