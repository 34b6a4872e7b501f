package org.jgsw.portal.library;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A reason a document cannot be saved: a key of the {@code library} bundle and its arguments. */
public record LibraryProblem(String field, String key, List<Object> arguments) {

  public static final String BUNDLE = "org.jgsw.portal.i18n.library";

  public static LibraryProblem of(String field, String key, Object... arguments) {
    return new LibraryProblem(field, key, List.of(arguments));
  }

  public String message(Locale locale) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
    } catch (MissingResourceException e) {
      return key + " " + arguments;
    }
  }
}
