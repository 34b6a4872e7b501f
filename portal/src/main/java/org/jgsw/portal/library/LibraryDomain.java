package org.jgsw.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A business domain (业务领域) documents are filed under; LIBRARIAN users edit the list. */
@Entity
@Table(name = "library_domain")
@NamedQuery(name = "LibraryDomain.findAll", query = "SELECT d FROM LibraryDomain d ORDER BY d.sortOrder, d.id")
public class LibraryDomain {

  @Id
  @SequenceGenerator(name = "library_domain_seq", sequenceName = "library_domain_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_domain_seq")
  private Long id;

  private String name;

  @Column(name = "sort_order")
  private int sortOrder;

  private boolean active = true;

  protected LibraryDomain() {}

  public LibraryDomain(String name, int sortOrder) {
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public int getSortOrder() { return sortOrder; }
  public void setSortOrder(int v) { sortOrder = v; }
  public boolean isActive() { return active; }
  public void setActive(boolean v) { active = v; }
}
