package org.jgsw.portal.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.jgsw.portal.web.shared.Messages;

/** Feedback of the administration pages: texts from the {@code adm} bundle, else the shared {@code msg} bundle. */
final class AdminTexts {

  static final String BUNDLE = "org.jgsw.portal.i18n.admin";

  private AdminTexts() {}

  static String text(Messages messages, String key, Object... arguments) {
    String text = messages.text(BUNDLE, key, arguments);
    return text.equals(key) ? messages.text(key, arguments) : text;
  }

  /** An info message for this (Ajax) response only. */
  static void info(Messages messages, String key, Object... arguments) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(messages, key, arguments), null));
  }
}
