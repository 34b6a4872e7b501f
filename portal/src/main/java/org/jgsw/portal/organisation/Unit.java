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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit of the organisation: the province bureau (省局), a city or county bureau (市/县局), or a
 * department (处室/科室) inside one of them. Units form a tree through {@link #getParent()}.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "Unit.findAllOrdered", query = "SELECT u FROM Unit u ORDER BY u.sortOrder, u.id")
@NamedQuery(name = "Unit.findByCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
@NamedQuery(name = "Unit.countChildren", query = "SELECT COUNT(u) FROM Unit u WHERE u.parent = :unit AND u.active = TRUE")
public class Unit {

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @NotBlank(message = "{unit.code.required}")
  @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{unit.code.pattern}")
  private String code;

  @NotBlank(message = "{unit.name.required}")
  @Size(max = 120)
  private String name;

  @NotNull(message = "{unit.kind.required}")
  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active = true;

  @Version private long version;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind, Unit parent) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
  }

  /** The unit's full path from the province, e.g. "四川省机关事务管理局 / 成都市机关事务管理局". */
  public String getPath() {
    return parent == null ? name : parent.getPath() + " / " + name;
  }

  /** The bureau this unit belongs to: itself for a bureau, the nearest bureau for a department. */
  public Unit getBureau() {
    Unit u = this;
    while (u.kind == UnitKind.DEPARTMENT && u.parent != null) {
      u = u.parent;
    }
    return u;
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

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public Unit getParent() {
    return parent;
  }

  public void setParent(Unit parent) {
    this.parent = parent;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Unit other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Unit.class.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
