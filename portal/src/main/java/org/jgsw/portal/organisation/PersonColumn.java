package org.jgsw.portal.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the people spreadsheet (人员导入/导出表). The Chinese header is what the template and
 * the export write; on import a header is matched by name in any order, Chinese or English, ignoring
 * case, spaces, punctuation and a required-marker such as {@code *}.
 */
public enum PersonColumn {
  STAFF_NO("工号", "Staff No", true, 40, "staffNo", "staff number", "员工编号"),
  NAME("姓名", "Name", true, 60, "full name"),
  GENDER("性别", "Gender", true, 0, "sex"),
  BIRTH_DATE("出生日期", "Birth date", true, 0, "birthDate", "date of birth"),
  EDUCATION("学历", "Education", true, 0),
  MAJOR("专业", "Major", false, 120),
  MAJOR_FAMILY("专业门类", "Major family", false, 0, "majorFamily", "学科门类"),
  POLITICAL_STATUS("政治面貌", "Political status", false, 0, "politicalStatus"),
  HIRE_DATE("参加工作时间", "Hire date", false, 0, "hireDate", "参加工作日期", "start of work"),
  UNIT("单位", "Unit", true, 0, "unit code", "所在单位", "单位编码"),
  POST("岗位", "Post", false, 0, "post code", "岗位编码"),
  RANK("职级", "Rank", false, 0, "职务职级"),
  ENTRY_CHANNEL("进入渠道", "Entry channel", false, 0, "entryChannel");

  private final String chineseHeader;
  private final String englishHeader;
  private final boolean required;
  private final int maxLength;
  private final List<String> aliases;

  PersonColumn(String chineseHeader, String englishHeader, boolean required, int maxLength, String... aliases) {
    this.chineseHeader = chineseHeader;
    this.englishHeader = englishHeader;
    this.required = required;
    this.maxLength = maxLength;
    this.aliases = List.of(aliases);
  }

  /** The column a header cell names, if any. */
  public static Optional<PersonColumn> forHeader(String header) {
    String key = normalise(header);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(c -> normalise(c.chineseHeader).equals(key)
            || normalise(c.englishHeader).equals(key)
            || normalise(c.name()).equals(key)
            || c.aliases.stream().anyMatch(a -> normalise(a).equals(key)))
        .findFirst();
  }

  /** Lower case without blanks, punctuation, required markers or a bracketed remark like "（必填）". */
  static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String s = header.replaceAll("[（(][^）)]*[）)]", "");
    return s.replaceAll("[\\s\\p{Punct}＊·　]", "").toLowerCase(Locale.ROOT);
  }

  public String chineseHeader() {
    return chineseHeader;
  }

  public String englishHeader() {
    return englishHeader;
  }

  /** The header in the reader's language: Chinese unless the locale is another language. */
  public String header(Locale locale) {
    return locale == null || "zh".equals(locale.getLanguage()) ? chineseHeader : englishHeader;
  }

  /**
   * Whether a row must fill this column. 进入渠道 is not: an empty one becomes 其他 (OTHER), as the
   * template's 说明 sheet says.
   */
  public boolean isRequired() {
    return required;
  }

  /** Longest text the column takes (the database column's length); 0 when not a free-text column. */
  public int maxLength() {
    return maxLength;
  }
}
