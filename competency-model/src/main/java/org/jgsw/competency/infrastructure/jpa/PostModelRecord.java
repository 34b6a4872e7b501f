package org.jgsw.competency.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jgsw.competency.domain.AgeRange;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.HardConditions;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;

/**
 * One stored version of a post competency model (table {@code cmp_post_model}), with its
 * requirements in {@code cmp_requirement} in model order. Hard conditions are flat columns; lists
 * (major families, political statuses) are kept as text separated by {@value #SEPARATOR}.
 */
@Entity
@Table(name = "cmp_post_model")
@NamedQuery(name = "PostModelRecord.findById",
    query = "SELECT m FROM PostModelRecord m LEFT JOIN FETCH m.requirements WHERE m.postCode = :post AND m.modelVersion = :version")
@NamedQuery(name = "PostModelRecord.findByPost",
    query = "SELECT DISTINCT m FROM PostModelRecord m LEFT JOIN FETCH m.requirements WHERE m.postCode = :post ORDER BY m.modelVersion")
@NamedQuery(name = "PostModelRecord.findAll",
    query = "SELECT DISTINCT m FROM PostModelRecord m LEFT JOIN FETCH m.requirements ORDER BY m.postCode, m.modelVersion")
public class PostModelRecord {

  static final String SEPARATOR = "|";

  @Id
  @SequenceGenerator(name = "cmp_post_model_seq", sequenceName = "cmp_post_model_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_post_model_seq")
  private Long id;

  @Column(name = "post_code", length = 40, nullable = false)
  private String postCode;

  @Column(name = "model_version", nullable = false)
  private int modelVersion;

  @Column(length = 20, nullable = false)
  private String status;

  @Column(name = "over_compensates", nullable = false)
  private boolean overCompensates;

  @Column(name = "based_on", length = 60)
  private String basedOn;

  @Column(name = "min_education", length = 20)
  private String minEducation;

  @Column(name = "major_families", length = 400)
  private String majorFamilies;

  @Column(name = "age_min")
  private Integer ageMin;

  @Column(name = "age_max")
  private Integer ageMax;

  @Column(name = "min_years", nullable = false)
  private int minYears;

  @Column(name = "political_statuses", length = 400)
  private String politicalStatuses;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "cmp_requirement", joinColumns = @JoinColumn(name = "model_id"))
  @OrderColumn(name = "req_order")
  private List<RequirementRow> requirements = new ArrayList<>();

  protected PostModelRecord() {}

  PostModelRecord(PostModel model) {
    copyFrom(model);
  }

  void copyFrom(PostModel model) {
    postCode = model.post().value();
    modelVersion = model.version();
    status = model.status().name();
    overCompensates = model.overQualificationCompensates();
    basedOn = model.basedOn().map(PostModelId::toString).orElse(null);
    HardConditions h = model.hardConditions();
    minEducation = h.minimumEducation().map(Enum::name).orElse(null);
    majorFamilies = h.allowedMajorFamilies().isEmpty() ? null : String.join(SEPARATOR, h.allowedMajorFamilies());
    ageMin = h.ageRange().map(AgeRange::min).orElse(null);
    ageMax = h.ageRange().map(AgeRange::max).orElse(null);
    minYears = h.minimumYearsOfExperience();
    politicalStatuses = h.requiredPoliticalStatuses().isEmpty() ? null : String.join(SEPARATOR, h.requiredPoliticalStatuses());
    updatedAt = LocalDateTime.now();
    requirements.clear();
    model.requirements().forEach(r -> requirements.add(RequirementRow.of(r)));
  }

  PostModel toDomain() {
    HardConditions h = HardConditions.none()
        .withMinimumYearsOfExperience(minYears)
        .withAllowedMajorFamilies(split(majorFamilies))
        .withRequiredPoliticalStatuses(split(politicalStatuses));
    if (minEducation != null) {
      h = h.withMinimumEducation(EducationLevel.valueOf(minEducation));
    }
    if (ageMin != null || ageMax != null) {
      h = h.withAgeRange(ageMin == null ? 0 : ageMin, ageMax == null ? 200 : ageMax);
    }
    return PostModel.restore(
        PostModelId.of(postCode, modelVersion),
        ModelStatus.valueOf(status),
        requirements.stream().map(RequirementRow::toDomain).toList(),
        h,
        overCompensates,
        Optional.ofNullable(basedOn).map(PostModelId::parse));
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\\" + SEPARATOR));
  }

  public Long getId() {
    return id;
  }
}
