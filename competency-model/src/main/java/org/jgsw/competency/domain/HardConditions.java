package org.jgsw.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hard conditions (硬性条件) of a post model: conditions a person must meet to be considered at
 * all, whatever their competencies. Each is optional; an absent condition is met by everyone.
 *
 * <ul>
 *   <li>minimum education ({@link EducationLevel}, e.g. 本科及以上);
 *   <li>allowed major families (专业类别, e.g. 交通运输类), empty = any;
 *   <li>age range (年龄), inclusive;
 *   <li>minimum years of experience (工作年限), 0 = none;
 *   <li>required political status (政治面貌, e.g. 中共党员), any of the listed, empty = any.
 * </ul>
 *
 * <p>A person whose data for a demanded condition is unknown does not meet it: the reason says
 * that the value was not provided, so HR can complete it.
 *
 * <p>Immutable; the {@code with…} methods return a changed copy.
 */
public final class HardConditions {

  private static final HardConditions NONE = new HardConditions(null, Set.of(), null, 0, Set.of());

  private final EducationLevel minimumEducation;
  private final Set<String> allowedMajorFamilies;
  private final AgeRange ageRange;
  private final int minimumYearsOfExperience;
  private final Set<String> requiredPoliticalStatuses;
  // The fixed part of each failure message, built once: ranking writes reasons for thousands of people.
  private final String educationWanted;
  private final String majorWanted;
  private final String ageWanted;
  private final String yearsWanted;
  private final String politicalWanted;

  private HardConditions(
      EducationLevel minimumEducation,
      Set<String> allowedMajorFamilies,
      AgeRange ageRange,
      int minimumYearsOfExperience,
      Set<String> requiredPoliticalStatuses) {
    if (minimumYearsOfExperience < 0) {
      throw new IllegalArgumentException("最低工作年限不能为负数，实际为 " + minimumYearsOfExperience);
    }
    this.minimumEducation = minimumEducation;
    this.allowedMajorFamilies = allowedMajorFamilies;
    this.ageRange = ageRange;
    this.minimumYearsOfExperience = minimumYearsOfExperience;
    this.requiredPoliticalStatuses = requiredPoliticalStatuses;
    educationWanted = minimumEducation == null ? null : "学历要求" + minimumEducation.label() + "及以上";
    majorWanted = "专业类别要求为 " + Texts.oneOf(allowedMajorFamilies);
    ageWanted = "年龄要求 " + ageRange;
    yearsWanted = "工作年限要求至少 " + minimumYearsOfExperience + " 年";
    politicalWanted = "政治面貌要求为 " + Texts.oneOf(requiredPoliticalStatuses);
  }

  /** No hard conditions at all. */
  public static HardConditions none() {
    return NONE;
  }

  public HardConditions withMinimumEducation(EducationLevel minimum) {
    return new HardConditions(minimum, allowedMajorFamilies, ageRange, minimumYearsOfExperience, requiredPoliticalStatuses);
  }

  public HardConditions withAllowedMajorFamilies(Collection<String> families) {
    return new HardConditions(minimumEducation, Texts.cleanSet(families), ageRange, minimumYearsOfExperience, requiredPoliticalStatuses);
  }

  public HardConditions withAgeRange(int min, int max) {
    return withAgeRange(new AgeRange(min, max));
  }

  /** {@code null} removes the condition. */
  public HardConditions withAgeRange(AgeRange range) {
    return new HardConditions(minimumEducation, allowedMajorFamilies, range, minimumYearsOfExperience, requiredPoliticalStatuses);
  }

  public HardConditions withMinimumYearsOfExperience(int years) {
    return new HardConditions(minimumEducation, allowedMajorFamilies, ageRange, years, requiredPoliticalStatuses);
  }

  public HardConditions withRequiredPoliticalStatuses(Collection<String> statuses) {
    return new HardConditions(minimumEducation, allowedMajorFamilies, ageRange, minimumYearsOfExperience, Texts.cleanSet(statuses));
  }

  public Optional<EducationLevel> minimumEducation() {
    return Optional.ofNullable(minimumEducation);
  }

  public Set<String> allowedMajorFamilies() {
    return allowedMajorFamilies;
  }

  public Optional<AgeRange> ageRange() {
    return Optional.ofNullable(ageRange);
  }

  public int minimumYearsOfExperience() {
    return minimumYearsOfExperience;
  }

  public Set<String> requiredPoliticalStatuses() {
    return requiredPoliticalStatuses;
  }

  /** Whether {@code profile} meets every condition; the fast form of {@link #failuresOf}. */
  public boolean areMetBy(CandidateProfile profile) {
    if (minimumEducation != null
        && (profile.education() == null || !profile.education().isAtLeast(minimumEducation))) {
      return false;
    }
    if (!allowedMajorFamilies.isEmpty() && !allowedMajorFamilies.contains(profile.majorFamily())) {
      return false;
    }
    if (ageRange != null && (profile.age() == null || !ageRange.contains(profile.age()))) {
      return false;
    }
    if (minimumYearsOfExperience > 0
        && (profile.yearsOfExperience() == null || profile.yearsOfExperience() < minimumYearsOfExperience)) {
      return false;
    }
    return requiredPoliticalStatuses.isEmpty()
        || requiredPoliticalStatuses.contains(profile.politicalStatus());
  }

  /** Every condition {@code profile} fails, as Chinese sentences; empty when all are met. */
  public List<String> failuresOf(CandidateProfile profile) {
    List<String> failures = new ArrayList<>();
    if (minimumEducation != null) {
      String wanted = educationWanted;
      if (profile.education() == null) {
        failures.add(wanted + "，未提供学历");
      } else if (!profile.education().isAtLeast(minimumEducation)) {
        failures.add(wanted + "，实际为" + profile.education().label());
      }
    }
    if (!allowedMajorFamilies.isEmpty() && !allowedMajorFamilies.contains(profile.majorFamily())) {
      String wanted = majorWanted;
      failures.add(profile.majorFamily() == null ? wanted + "，未提供专业类别" : wanted + "，实际为 " + profile.majorFamily());
    }
    if (ageRange != null) {
      if (profile.age() == null) {
        failures.add(ageWanted + "，未提供年龄");
      } else if (!ageRange.contains(profile.age())) {
        failures.add(ageWanted + "，实际 " + profile.age() + " 岁");
      }
    }
    if (minimumYearsOfExperience > 0) {
      String wanted = yearsWanted;
      if (profile.yearsOfExperience() == null) {
        failures.add(wanted + "，未提供工作年限");
      } else if (profile.yearsOfExperience() < minimumYearsOfExperience) {
        failures.add(wanted + "，实际 " + profile.yearsOfExperience() + " 年");
      }
    }
    if (!requiredPoliticalStatuses.isEmpty() && !requiredPoliticalStatuses.contains(profile.politicalStatus())) {
      String wanted = politicalWanted;
      failures.add(profile.politicalStatus() == null ? wanted + "，未提供政治面貌" : wanted + "，实际为 " + profile.politicalStatus());
    }
    return failures;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HardConditions h
        && Objects.equals(minimumEducation, h.minimumEducation)
        && allowedMajorFamilies.equals(h.allowedMajorFamilies)
        && Objects.equals(ageRange, h.ageRange)
        && minimumYearsOfExperience == h.minimumYearsOfExperience
        && requiredPoliticalStatuses.equals(h.requiredPoliticalStatuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumEducation, allowedMajorFamilies, ageRange, minimumYearsOfExperience, requiredPoliticalStatuses);
  }

  @Override
  public String toString() {
    return "HardConditions[education=" + minimumEducation + ", majors=" + allowedMajorFamilies + ", age=" + ageRange
        + ", years=" + minimumYearsOfExperience + ", political=" + requiredPoliticalStatuses + "]";
  }
}
