package org.jgsw.portal.web.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jgsw.competency.domain.CompetencyCode;

/**
 * The course form's "competencies trained" field, {@code GEN-COMM:3, GEN-LAW:2} (level 3 when left
 * out), read against the competency dictionary: a code not in it, or a level that is not 1–5, is a
 * problem the editor is told about in Chinese, and the course is not saved with it.
 */
final class CompetencyTargetsField {

  /** Codes as the dictionary spells them, with the level each is trained to (in the order typed). */
  record Parsed(Map<String, Integer> targets, List<String> problems) {}

  static final int DEFAULT_LEVEL = 3;

  private CompetencyTargetsField() {}

  /**
   * @param text what the editor typed (commas, Chinese commas, semicolons or spaces between items)
   * @param dictionary the dictionary's spelling of a code, or empty when it has no such competency
   */
  static Parsed parse(String text, Function<CompetencyCode, Optional<String>> dictionary) {
    Map<String, Integer> targets = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    if (text == null) {
      return new Parsed(targets, problems);
    }
    for (String item : text.split("[,，;；\\s]+")) {
      if (item.isBlank()) {
        continue;
      }
      String[] codeLevel = item.replace('：', ':').split(":", -1);
      if (codeLevel.length > 2) {
        problems.add("培训能力「" + item + "」的格式应为 编码:等级，如 GEN-COMM:3");
        continue;
      }
      CompetencyCode code;
      try {
        code = CompetencyCode.of(codeLevel[0]);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        continue;
      }
      Integer level = codeLevel.length == 1 ? Integer.valueOf(DEFAULT_LEVEL) : level(codeLevel[1]);
      if (level == null) {
        problems.add("能力「" + code.value() + "」的训练等级应为 1–5 的整数，实际为「" + codeLevel[1].strip() + "」");
        continue;
      }
      Optional<String> known = dictionary.apply(code);
      if (known.isEmpty()) {
        problems.add("能力编码「" + code.value() + "」不在能力词典中");
        continue;
      }
      targets.put(known.get(), level);
    }
    return new Parsed(targets, problems);
  }

  private static Integer level(String text) {
    try {
      int level = Integer.parseInt(text.strip());
      return level >= 1 && level <= 5 ? level : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
