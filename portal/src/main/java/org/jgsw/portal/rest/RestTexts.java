package org.jgsw.portal.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jgsw.portal.web.shared.Messages;

/** API messages are Chinese, the portal's first language, from the same bundle the pages use. */
final class RestTexts {

  private RestTexts() {}

  static String text(String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key);
      return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
