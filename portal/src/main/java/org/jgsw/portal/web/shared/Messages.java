package org.jgsw.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jgsw.portal.common.BusinessRuleException;

/** Looks up texts in the user's language and adds Faces messages from bundle keys. */
@RequestScoped
public class Messages implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String BUNDLE = "org.jgsw.portal.i18n.messages";

  @Inject UserLocale userLocale;

  public Locale locale() {
    return userLocale.getLocale();
  }

  public boolean isChinese() {
    return "zh".equals(locale().getLanguage());
  }

  /** The text for a key in {@code bundle}, formatted with the arguments; the key itself if missing. */
  public String text(String bundle, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(bundle, locale()).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String text(String key, Object... arguments) {
    return text(BUNDLE, key, arguments);
  }

  /** Label of an enum constant, e.g. "本科" for Education.BACHELOR. */
  public String label(Enum<?> value) {
    return label(BUNDLE, value);
  }

  /** Label of an enum constant from {@code bundle}: the key {@code enum.<Type>.<NAME>}. */
  public String label(String bundle, Enum<?> value) {
    return value == null ? "" : text(bundle, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  public void error(BusinessRuleException e) {
    error(e.getMessageKey(), e.getArguments());
  }

  private void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    // keep the message across a redirect
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
