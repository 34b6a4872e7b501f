package org.jgsw.portal.library;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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

  /**
   * Several problems as one text. The messages are sentences with their own full stop, so they follow
   * one another as sentences do — after a space in English, directly in Chinese — rather than with a
   * semicolon after the full stop ("标题不能为空。；地区…").
   */
  public static String messages(List<LibraryProblem> problems, Locale locale) {
    String between = "zh".equals(locale.getLanguage()) ? "" : " ";
    return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(between));
  }
}
