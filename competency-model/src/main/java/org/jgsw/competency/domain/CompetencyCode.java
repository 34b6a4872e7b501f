package org.jgsw.competency.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of a competency, such as {@code GEN-COMM} or {@code PRO_FIN_01}: how other modules
 * refer to a competency (an ID, never an object).
 *
 * <p>Input is tidied before it is checked, so codes typed with a Chinese input method match: it is
 * folded to ASCII (full-width {@code ＧＥＮ} becomes {@code GEN}), trimmed and upper-cased. The result
 * must be a letter followed by 1–31 letters, digits, underscores or hyphens.
 */
public record CompetencyCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");

  public CompetencyCode {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("能力编码不能为空");
    }
    value = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "能力编码格式不正确：" + value + "（须以字母开头，由 2 到 32 位字母、数字、下划线或连字符组成）");
    }
  }

  public static CompetencyCode of(String value) {
    return new CompetencyCode(value);
  }

  // equals and hashCode are written out because matching looks codes up in every person's level map
  // (over a million look-ups for one ranking); same semantics as the record's generated ones.
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CompetencyCode other && value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code itself, so it can be shown and logged as is. */
  @Override
  public String toString() {
    return value;
  }
}
