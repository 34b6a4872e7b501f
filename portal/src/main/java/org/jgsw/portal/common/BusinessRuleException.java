package org.jgsw.portal.common;

import jakarta.ejb.ApplicationException;

/**
 * A business rule was broken (a duplicate code, a password too short…). Carries a message key of the {@code msg} bundle and its
 * arguments, so that the page shows it in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessRuleException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments;
  }
}
