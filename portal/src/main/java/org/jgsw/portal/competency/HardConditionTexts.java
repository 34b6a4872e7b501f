package org.jgsw.portal.competency;

import java.util.ArrayList;
import java.util.List;
import org.jgsw.competency.domain.HardConditions;

/** A model's hard conditions (硬性条件) as short Chinese lines for pages and the API. */
public final class HardConditionTexts {

  private HardConditionTexts() {}

  public static List<String> of(HardConditions h) {
    List<String> list = new ArrayList<>();
    h.minimumEducation().ifPresent(e -> list.add("学历" + e.label() + "及以上"));
    if (!h.allowedMajorFamilies().isEmpty()) list.add("专业类别：" + String.join("、", h.allowedMajorFamilies()));
    h.ageRange().ifPresent(a -> list.add("年龄 " + a));
    if (h.minimumYearsOfExperience() > 0) list.add("工作年限至少 " + h.minimumYearsOfExperience() + " 年");
    if (!h.requiredPoliticalStatuses().isEmpty()) list.add("政治面貌：" + String.join("、", h.requiredPoliticalStatuses()));
    return list;
  }
}
