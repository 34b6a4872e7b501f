package org.jgsw.portal.competency;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.portal.organisation.Education;

/**
 * Translates the portal's records into the competency module's terms: education onto its scale,
 * major family and political status as their Chinese names (the words hard conditions are written
 * in, e.g. 管理学, 中共党员).
 */
public final class Vocabulary {

  private static final String BUNDLE = "org.jgsw.portal.i18n.messages";

  private Vocabulary() {}

  public static EducationLevel education(Education e) {
    return e == null ? null : EducationLevel.valueOf(e.name());
  }

  /** The Chinese label of an enum constant of the organisation, e.g. 管理学 for MajorFamily.MANAGEMENT. */
  public static String zh(Enum<?> value) {
    if (value == null) {
      return null;
    }
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key);
    } catch (MissingResourceException e) {
      return value.name();
    }
  }
}
