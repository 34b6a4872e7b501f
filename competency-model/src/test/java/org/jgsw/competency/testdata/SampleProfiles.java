package org.jgsw.competency.testdata;

import static org.jgsw.competency.testdata.SampleCompetencies.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;

/** Named sample people and a builder: {@code SampleProfiles.person("C1", "王芳").level(DISPATCH, 4).build()}. */
public final class SampleProfiles {

  public static final LocalDate ASSESSED_ON = LocalDate.of(2024, 5, 20);

  private SampleProfiles() {}

  /**
   * Someone who meets the hard conditions of every sample model (本科, 旅游管理类, 30 岁, 6 年, 中共党员)
   * and has no levels yet.
   */
  public static Builder person(String id, String name) {
    return new Builder(id, name);
  }

  /** Meets every dispatcher requirement exactly, all proven: fit 1. */
  public static Builder exactDispatcher(String id, String name) {
    return person(id, name)
        .level(POLITICS, 3).level(COMMUNICATION, 3).level(SERVICE, 3)
        .level(DISPATCH, 4).level(VEHICLE_SAFETY, 3).level(IT, 2);
  }

  /** 李明: dispatch 3 (r4) and no 信息化应用 level; otherwise exact. Fit 1 − 5/32 = 0.84375. */
  public static CandidateProfile liMing() {
    return exactDispatcher("S-001", "李明").level(DISPATCH, 3).without(IT).build();
  }

  public static final class Builder {
    private final String id;
    private final String name;
    private String channel = "OPEN_SELECTION";
    private Integer age = 30;
    private EducationLevel education = EducationLevel.BACHELOR;
    private String majorFamily = "旅游管理类";
    private Integer years = 6;
    private String political = "中共党员";
    private final Map<CompetencyCode, AssessedLevel> levels = new LinkedHashMap<>();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    public Builder channel(String channel) { this.channel = channel; return this; }
    public Builder age(Integer age) { this.age = age; return this; }
    public Builder education(EducationLevel education) { this.education = education; return this; }
    public Builder majorFamily(String majorFamily) { this.majorFamily = majorFamily; return this; }
    public Builder yearsOfExperience(Integer years) { this.years = years; return this; }
    public Builder politicalStatus(String political) { this.political = political; return this; }

    /** A proven level, from an assessment by 人事处. */
    public Builder level(CompetencyCode code, int level) {
      levels.put(code, AssessedLevel.from(Evidence.of(code, level, EvidenceSource.ASSESSMENT, ASSESSED_ON, "人事处")));
      return this;
    }

    /** An unproven level, from a self-assessment. */
    public Builder selfAssessed(CompetencyCode code, int level) {
      levels.put(code, AssessedLevel.from(Evidence.of(code, level, EvidenceSource.SELF_ASSESSMENT, ASSESSED_ON, name)));
      return this;
    }

    public Builder without(CompetencyCode code) {
      levels.remove(code);
      return this;
    }

    public CandidateProfile build() {
      return new CandidateProfile(id, name, channel, age, education, majorFamily, years, political, levels);
    }
  }
}
