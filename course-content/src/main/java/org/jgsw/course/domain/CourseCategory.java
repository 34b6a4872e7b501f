package org.jgsw.course.domain;

import java.util.Objects;

/**
 * A course's category: general (通用, for everyone) or special (专项) for one business domain such as
 * 公务用车 or 公共机构节能. The domain is free text here; the portal offers the bureau's list.
 */
public record CourseCategory(Kind kind, String businessDomain) {

  /** General or special. */
  public enum Kind {
    GENERAL("通用"),
    SPECIAL("专项");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public CourseCategory {
    Objects.requireNonNull(kind, "课程类别不能为空");
    if (kind == Kind.GENERAL) {
      businessDomain = "";
    } else {
      businessDomain = Texts.required(businessDomain, "专项课程必须注明业务领域");
    }
  }

  public static CourseCategory general() {
    return new CourseCategory(Kind.GENERAL, "");
  }

  public static CourseCategory special(String businessDomain) {
    return new CourseCategory(Kind.SPECIAL, businessDomain);
  }

  /** “通用” or “专项·公务用车”, as shown in lists. */
  public String label() {
    return kind == Kind.GENERAL ? kind.label() : kind.label() + "·" + businessDomain;
  }
}
