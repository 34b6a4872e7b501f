package org.jgsw.portal.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.PoliticalStatus;
import org.jgsw.portal.organisation.Unit;

/**
 * A candidate (候选人): someone applying for a post through one of the bureau's channels — 选调生,
 * 公开遴选, 公开招考, 退役军人转业 — not (yet) employed. Personal data: only HR sees it, and every view
 * of a profile is written to the audit log ({@link CandidateService#view}).
 */
@Entity
@Table(name = "cmp_candidate")
@NamedQuery(name = "Candidate.findByNo", query = "SELECT c FROM Candidate c WHERE c.candidateNo = :no")
@NamedQuery(name = "Candidate.findAll", query = "SELECT c FROM Candidate c LEFT JOIN FETCH c.targetUnit ORDER BY c.candidateNo")
public class Candidate {

  @Id
  @SequenceGenerator(name = "cmp_candidate_seq", sequenceName = "cmp_candidate_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_candidate_seq")
  private Long id;

  /** 报名编号: the key of the Excel import. */
  @NotBlank(message = "报名编号不能为空")
  @Size(max = 40)
  @Column(name = "candidate_no")
  private String candidateNo;

  @NotBlank(message = "姓名不能为空")
  @Size(max = 60)
  private String name;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  @NotNull(message = "出生日期不能为空")
  @Past(message = "出生日期必须早于今天")
  @Column(name = "birth_date")
  private LocalDate birthDate;

  @NotNull(message = "学历不能为空")
  @Enumerated(EnumType.STRING)
  private Education education;

  @Size(max = 120)
  private String major;

  @Enumerated(EnumType.STRING)
  @Column(name = "major_family")
  private MajorFamily majorFamily;

  @Enumerated(EnumType.STRING)
  @Column(name = "political_status")
  private PoliticalStatus politicalStatus;

  @Min(value = 0, message = "工作年限不能为负数")
  @Max(value = 60, message = "工作年限不能超过 60 年")
  @Column(name = "years_experience")
  private Integer yearsOfExperience;

  @NotNull(message = "进入渠道不能为空")
  @Enumerated(EnumType.STRING)
  private EntryChannel channel;

  /** 简历摘要: education and work history as HR summarises it. */
  @Size(max = 4000)
  private String background;

  @DecimalMin(value = "0", message = "笔试成绩不能为负数")
  @DecimalMax(value = "100", message = "笔试成绩不能超过 100")
  @Column(name = "written_score")
  private Double writtenScore;

  @DecimalMin(value = "0", message = "面试成绩不能为负数")
  @DecimalMax(value = "100", message = "面试成绩不能超过 100")
  @Column(name = "interview_score")
  private Double interviewScore;

  /** The post applied for, by code (a link by ID to the portal's post). */
  @Size(max = 40)
  @Column(name = "target_post_code")
  private String targetPostCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_unit_id")
  private Unit targetUnit;

  @Column(name = "created_at")
  private LocalDateTime createdAt = LocalDateTime.now();

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  public Candidate() {}

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public Long getId() { return id; }
  public String getCandidateNo() { return candidateNo; }
  public void setCandidateNo(String candidateNo) { this.candidateNo = candidateNo; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Gender getGender() { return gender; }
  public void setGender(Gender gender) { this.gender = gender; }
  public LocalDate getBirthDate() { return birthDate; }
  public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
  public Education getEducation() { return education; }
  public void setEducation(Education education) { this.education = education; }
  public String getMajor() { return major; }
  public void setMajor(String major) { this.major = major; }
  public MajorFamily getMajorFamily() { return majorFamily; }
  public void setMajorFamily(MajorFamily majorFamily) { this.majorFamily = majorFamily; }
  public PoliticalStatus getPoliticalStatus() { return politicalStatus; }
  public void setPoliticalStatus(PoliticalStatus politicalStatus) { this.politicalStatus = politicalStatus; }
  public Integer getYearsOfExperience() { return yearsOfExperience; }
  public void setYearsOfExperience(Integer yearsOfExperience) { this.yearsOfExperience = yearsOfExperience; }
  public EntryChannel getChannel() { return channel; }
  public void setChannel(EntryChannel channel) { this.channel = channel; }
  public String getBackground() { return background; }
  public void setBackground(String background) { this.background = background; }
  public Double getWrittenScore() { return writtenScore; }
  public void setWrittenScore(Double writtenScore) { this.writtenScore = writtenScore; }
  public Double getInterviewScore() { return interviewScore; }
  public void setInterviewScore(Double interviewScore) { this.interviewScore = interviewScore; }
  public String getTargetPostCode() { return targetPostCode; }
  public void setTargetPostCode(String targetPostCode) { this.targetPostCode = targetPostCode; }
  public Unit getTargetUnit() { return targetUnit; }
  public void setTargetUnit(Unit targetUnit) { this.targetUnit = targetUnit; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Candidate other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Candidate.class.hashCode();
  }
}
