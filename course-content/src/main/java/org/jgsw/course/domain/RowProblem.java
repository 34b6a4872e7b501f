package org.jgsw.course.domain;

/** A problem with one row of an import: row number, column name (Chinese), and what is wrong. */
public record RowProblem(int rowNumber, String column, String message) {

  /** “第 5 行【学时】：…”, for the error report. */
  public String describe() {
    return "第 " + rowNumber + " 行【" + column + "】：" + message;
  }
}
