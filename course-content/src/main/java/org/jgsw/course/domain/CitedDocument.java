package org.jgsw.course.domain;

/**
 * What training knows of a library document a lesson cites: its title, number and status, as the
 * library reports it now. A document the library no longer has is {@link Status#MISSING}.
 */
public record CitedDocument(String id, String title, String number, Status status) {

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

  public CitedDocument {
    id = Texts.required(id, "资料编号不能为空");
    title = Texts.optional(title);
    number = Texts.optional(number);
    if (status == null) {
      status = Status.MISSING;
    }
  }

  public static CitedDocument missing(String id) {
    return new CitedDocument(id, "", "", Status.MISSING);
  }

  /** A lesson citing this document must be reviewed: the document was repealed or no longer exists. */
  public boolean needsReview() {
    return status == Status.REPEALED || status == Status.MISSING;
  }
}
