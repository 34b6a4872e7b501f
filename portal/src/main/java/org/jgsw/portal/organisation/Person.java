package org.jgsw.portal.organisation;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;

/**
 * A member of staff (干部职工) employed in a unit. Candidates who apply for a post are kept apart by
 * the competency module; a person here is someone the bureau employs.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByStaffNo", query = "SELECT p FROM Person p WHERE p.staffNo = :staffNo")
@NamedQuery(name = "Person.countAll", query = "SELECT COUNT(p) FROM Person p")
public class Person {

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  /** 工号: the stable key used by Excel import and export. */
  @NotBlank(message = "{person.staffNo.required}")
  @Size(max = 40)
  @Column(name = "staff_no")
  private String staffNo;

  @NotBlank(message = "{person.name.required}")
  @Size(max = 60)
  private String name;

  @NotNull(message = "{person.gender.required}")
  @Enumerated(EnumType.STRING)
  private Gender gender;

  @NotNull(message = "{person.birthDate.required}")
  @Past(message = "{person.birthDate.past}")
  @Column(name = "birth_date")
  private LocalDate birthDate;

  @NotNull(message = "{person.education.required}")
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

  @PastOrPresent(message = "{person.hireDate.past}")
  @Column(name = "hire_date")
  private LocalDate hireDate;

  @NotNull(message = "{person.unit.required}")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "post_id")
  private Post post;

  @Enumerated(EnumType.STRING)
  @Column(name = "job_rank")
  private Rank rank;

  @NotNull(message = "{person.entryChannel.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "entry_channel")
  private EntryChannel entryChannel = EntryChannel.OTHER;

  private boolean active = true;

  @Version private long version;

  public Person() {}

  public Person(String staffNo, String name, Gender gender, LocalDate birthDate, Education education, Unit unit) {
    this.staffNo = staffNo;
    this.name = name;
    this.gender = gender;
    this.birthDate = birthDate;
    this.education = education;
    this.unit = unit;
  }

  /** Age in whole years on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public Long getId() {
    return id;
  }

  public String getStaffNo() {
    return staffNo;
  }

  public void setStaffNo(String staffNo) {
    this.staffNo = staffNo;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Education getEducation() {
    return education;
  }

  public void setEducation(Education education) {
    this.education = education;
  }

  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public MajorFamily getMajorFamily() {
    return majorFamily;
  }

  public void setMajorFamily(MajorFamily majorFamily) {
    this.majorFamily = majorFamily;
  }

  public PoliticalStatus getPoliticalStatus() {
    return politicalStatus;
  }

  public void setPoliticalStatus(PoliticalStatus politicalStatus) {
    this.politicalStatus = politicalStatus;
  }

  public LocalDate getHireDate() {
    return hireDate;
  }

  public void setHireDate(LocalDate hireDate) {
    this.hireDate = hireDate;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public Post getPost() {
    return post;
  }

  public void setPost(Post post) {
    this.post = post;
  }

  public Rank getRank() {
    return rank;
  }

  public void setRank(Rank rank) {
    this.rank = rank;
  }

  public EntryChannel getEntryChannel() {
    return entryChannel;
  }

  public void setEntryChannel(EntryChannel entryChannel) {
    this.entryChannel = entryChannel;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Person other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Person.class.hashCode();
  }
}
