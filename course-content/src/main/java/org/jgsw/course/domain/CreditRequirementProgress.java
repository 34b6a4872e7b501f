package org.jgsw.course.domain;

/**
 * One requirement that applies to a person, with what they have against it: {@code name} (such as
 * “年度网络学习”), the requirement sentence, hours required and earned, whether it is met, and the
 * progress for a bar (for the concentrated requirement, the better of hours and days).
 */
public record CreditRequirementProgress(
    String name, String statement, CreditHours required, CreditHours earned, boolean met, Ratio progress) {}
