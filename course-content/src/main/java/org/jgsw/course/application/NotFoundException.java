package org.jgsw.course.application;

/** Something asked for by id does not exist; the message says what, in Chinese. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
