package org.jgsw.course.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a person's credit-hour ledger: hours of a kind earned on a date, from a source (a
 * completed course, an offline class). {@code sourceRef} identifies the source, so a source counts
 * once however often it is reported. {@code days} are the training days of concentrated training
 * (0 for online study).
 */
public record CreditEntry(
    String personId, CreditKind kind, LocalDate date, CreditHours hours, int days, String source, String sourceRef) {

  public CreditEntry {
    personId = Texts.required(personId, "学时记录必须注明人员");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "学时记录必须注明日期");
    Objects.requireNonNull(hours, "hours");
    if (days < 0) {
      throw new IllegalArgumentException("培训天数不能为负数");
    }
    source = Texts.optional(source);
    sourceRef = Texts.required(sourceRef, "学时记录必须注明来源");
  }
}
