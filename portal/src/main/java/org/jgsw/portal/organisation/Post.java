package org.jgsw.portal.organisation;

import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A post (岗位) in a unit; later it carries a post competency model. */
@Entity
@Table(name = "post")
@NamedQuery(name = "Post.findByCode", query = "SELECT p FROM Post p WHERE p.code = :code")
@NamedQuery(name = "Post.findActive", query = "SELECT p FROM Post p JOIN FETCH p.unit WHERE p.active = TRUE ORDER BY p.unit.sortOrder, p.name")
public class Post {

  @Id
  @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
  private Long id;

  @NotBlank(message = "{post.code.required}")
  @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{unit.code.pattern}")
  private String code;

  @NotBlank(message = "{post.name.required}")
  @Size(max = 120)
  private String name;

  @NotNull(message = "{post.unit.required}")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Size(max = 1000)
  private String description;

  /** A leadership post (领导岗位), e.g. a division chief. */
  private boolean leadership;

  private boolean active = true;

  @Version private long version;

  protected Post() {}

  public Post(String code, String name, Unit unit) {
    this.code = code;
    this.name = name;
    this.unit = unit;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isLeadership() {
    return leadership;
  }

  public void setLeadership(boolean leadership) {
    this.leadership = leadership;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Post other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Post.class.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
