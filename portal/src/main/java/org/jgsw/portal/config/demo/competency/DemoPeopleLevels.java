package org.jgsw.portal.config.demo.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.ProficiencyLevel;

/**
 * Generates believable ratings with evidence from a fixed seed: a "true" level near the level wanted,
 * then one to three ratings from different sources — an assessment or supervisor rating, sometimes
 * completed training or a certificate, sometimes a (higher) self-assessment, sometimes only a
 * self-assessment (an unproven level).
 */
public final class DemoPeopleLevels {

  public static final String HR_RECORDER = "陈静（人事处）";
  public static final String SUPERVISOR_RECORDER = "王建国（公务用车管理处）";

  private final Random random;
  private final LocalDate today;

  public DemoPeopleLevels(long seed, LocalDate today) {
    this.random = new Random(seed);
    this.today = today;
  }

  /** Ratings of one competency for someone whose level should be near {@code around}. */
  public List<Evidence> ratings(CompetencyCode code, int around, boolean candidate) {
    int level = clamp(around + random.nextInt(3) - 1 + (random.nextInt(6) == 0 ? -1 : 0));
    List<Evidence> list = new ArrayList<>();
    LocalDate first = today.minusDays(60 + random.nextInt(600));
    int kind = random.nextInt(10);
    if (kind == 0) {
      // only a self-assessment: shown as unproven
      list.add(Evidence.of(code, clamp(level + 1), EvidenceSource.SELF_ASSESSMENT, first, candidate ? "本人（报名表）" : "本人"));
      return list;
    }
    EvidenceSource measured = candidate
        ? (random.nextBoolean() ? EvidenceSource.ASSESSMENT : EvidenceSource.INTERVIEW)
        : (random.nextBoolean() ? EvidenceSource.ASSESSMENT : EvidenceSource.SUPERVISOR_RATING);
    String by = measured == EvidenceSource.SUPERVISOR_RATING ? SUPERVISOR_RECORDER : HR_RECORDER;
    String detail = switch (measured) {
      case ASSESSMENT -> candidate ? "结构化测评" : "2025 年度岗位能力测评";
      case INTERVIEW -> "结构化面试";
      default -> "年度上级评价";
    };
    list.add(Evidence.of(code, level, measured, first, by).withDetail(detail));
    if (kind <= 2) {
      list.add(Evidence.of(code, clamp(level + 1), EvidenceSource.SELF_ASSESSMENT, first.plusDays(30), candidate ? "本人（报名表）" : "本人"));
    } else if (kind == 3 && !candidate) {
      list.add(Evidence.training(code, clamp(level + 1), ProficiencyLevel.of(clamp(level + 1)), first.plusDays(90), HR_RECORDER, "省局岗位技能专题班"));
    } else if (kind == 4) {
      list.add(Evidence.of(code, level, EvidenceSource.CERTIFICATE, first.minusDays(200), HR_RECORDER).withDetail("职业资格证书"));
    } else if (kind == 5 && !candidate) {
      list.add(Evidence.of(code, clamp(level + (random.nextBoolean() ? 1 : -1)), EvidenceSource.ROTATION, first.plusDays(120), HR_RECORDER)
          .withDetail("市局挂职锻炼评定"));
    }
    return list;
  }

  public Random random() {
    return random;
  }

  private static int clamp(int level) {
    return Math.max(1, Math.min(5, level));
  }
}
