package org.jgsw.portal.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One synonym rule as editors wrote it: {@code 公车 => 公务用车} or {@code 能耗, 能源消耗}. */
@Entity
@Table(name = "library_synonym")
@NamedQuery(name = "LibrarySynonym.findAll", query = "SELECT s FROM LibrarySynonym s ORDER BY s.sortOrder, s.id")
public class LibrarySynonym {

  @Id
  @SequenceGenerator(name = "library_synonym_seq", sequenceName = "library_synonym_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_synonym_seq")
  private Long id;

  @Column(name = "rule_text")
  private String ruleText;

  @Column(name = "sort_order")
  private int sortOrder;

  protected LibrarySynonym() {}

  public LibrarySynonym(String ruleText, int sortOrder) {
    this.ruleText = ruleText;
    this.sortOrder = sortOrder;
  }

  public String getRuleText() { return ruleText; }
}
