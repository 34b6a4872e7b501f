package org.jgsw.portal.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.TalentPipeline;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.domain.TierPlacement;
import org.jgsw.portal.competency.MatchingWorkbook;
import org.jgsw.portal.competency.WorkforceService;
import org.jgsw.portal.competency.WorkforceStructure;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Unit;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * hr/workforce.xhtml?unit=…: structure of a unit's workforce with charts, drill-down to the units
 * below, the most common gaps, the talent pipeline and an Excel export.
 */
@Named
@ViewScoped
public class WorkforceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkforceService workforce;
  @Inject transient OrganisationService organisation;

  private Long unit;
  private WorkforceStructure structure;
  private transient Map<TalentTier, List<TierPlacement>> pipeline;
  private Long parentUnit;

  public void load() {
    structure = workforce.structure(unit);
    pipeline = workforce.pipeline(structure.unitId());
    parentUnit = structure.unitId() == null ? null
        : organisation.findUnit(structure.unitId()).map(Unit::getParent).map(Unit::getId).orElse(null);
  }

  public String getAgeChart() {
    return ChartJson.counts("bar", "人数", structure.byAge());
  }

  public String getEducationChart() {
    return ChartJson.counts("pie", "人数", structure.byEducation());
  }

  public String getMajorChart() {
    return ChartJson.counts("bar", "人数", structure.byMajorFamily());
  }

  public String getChannelChart() {
    return ChartJson.counts("doughnut", "人数", structure.byChannel());
  }

  public List<TierPlacement> tier(String name) {
    if (pipeline == null) {
      pipeline = workforce.pipeline(structure.unitId());
    }
    return pipeline.getOrDefault(TalentTier.valueOf(name), List.of());
  }

  public TalentTier[] getTiers() {
    return TalentTier.values();
  }

  public String getPipelineRule() {
    return TalentPipeline.STATEMENT;
  }

  public StreamedContent getExport() {
    byte[] xlsx = MatchingWorkbook.structure(structure);
    return DefaultStreamedContent.builder().name("workforce-structure.xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  public Long getUnit() { return unit; }
  public void setUnit(Long unit) { this.unit = unit; }
  public WorkforceStructure getStructure() { return structure; }
  public Long getParentUnit() { return parentUnit; }
}
