package org.jgsw.portal.organisation;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A spreadsheet row that was not imported, with every reason found in it. {@code row} is the row
 * number as Excel shows it (the header is row 1). Reasons are message keys of the {@code msg}
 * bundle, so the page shows them in the user's language and the API in Chinese.
 */
public record ImportProblem(int row, String staffNo, List<Reason> reasons) implements Serializable {

  public ImportProblem {
    reasons = List.copyOf(reasons);
  }

  /** The reasons as sentences in {@code locale}. */
  public List<String> messages(Locale locale) {
    return reasons.stream().map(r -> r.text(locale)).toList();
  }

  /** Keys of the reasons, handy for tests and logs. */
  public List<String> keys() {
    return reasons.stream().map(Reason::key).toList();
  }

  /**
   * One thing wrong with a row. Arguments are strings, a {@link PersonColumn} (shown as its header in
   * the reader's language) or an enum class (shown as the list of its labels).
   */
  public record Reason(String key, List<Serializable> arguments) implements Serializable {

    public Reason {
      arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Serializable... arguments) {
      return new Reason(key, Arrays.asList(arguments));
    }

    public String text(Locale locale) {
      Object[] args = arguments.stream().map(a -> display(a, locale)).toArray();
      return ImportTexts.format(locale, key, args);
    }

    private static Object display(Serializable argument, Locale locale) {
      if (argument instanceof PersonColumn column) {
        return column.header(locale);
      }
      if (argument instanceof Class<?> type && type.isEnum()) {
        String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
        return Arrays.stream(type.getEnumConstants()).map(c -> ImportTexts.label((Enum<?>) c, locale)).collect(Collectors.joining(separator));
      }
      return argument;
    }
  }

  /** Texts of the {@code msg} bundle for plain Java code (no Faces context needed). */
  static final class ImportTexts {

    static final String BUNDLE = "org.jgsw.portal.i18n.messages";

    private ImportTexts() {}

    static ResourceBundle bundle(Locale locale) {
      // messages_en exists (empty) so that English never falls back to a Chinese JVM default locale
      return ResourceBundle.getBundle(BUNDLE, "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    static String format(Locale locale, String key, Object... arguments) {
      try {
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
      } catch (MissingResourceException e) {
        return key;
      }
    }

    static String label(Enum<?> value, Locale locale) {
      return format(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
  }
}
