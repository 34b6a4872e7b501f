package org.jgsw.portal.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.RankedCandidate;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.competency.domain.RequirementFit;
import org.jgsw.portal.competency.AgeBand;
import org.jgsw.portal.competency.FitReport;
import org.jgsw.portal.competency.MatchFilter;
import org.jgsw.portal.competency.MatchResult;
import org.jgsw.portal.competency.MatchingPdf;
import org.jgsw.portal.competency.MatchingService;
import org.jgsw.portal.competency.MatchingWorkbook;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.competency.PersonSummary;
import org.jgsw.portal.competency.ShortlistEntry;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * hr/match.xhtml: ranks candidates or staff against a post model with filters, explains one
 * person's fit, compares 2–4 side by side (table and radar chart), keeps the shortlist, exports.
 */
@Named
@ViewScoped
public class CandidateMatchBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String CMP = "org.jgsw.portal.i18n.competency";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient MatchingService matching;
  @Inject transient ModelCatalog catalog;
  @Inject transient OrganisationService organisation;
  @Inject transient MatchingPdf pdf;
  @Inject ActiveUser activeUser;
  @Inject Messages messages;

  private String model;
  private String people = "candidates";
  private EntryChannel channel;
  private Long unitId;
  private AgeBand ageBand;
  private Education education;
  private int limit = 50;
  private boolean appliedOnly = true;

  private List<ModelSummary> models;
  private transient MatchResult result;
  private transient FitResult report;
  private String reportKey;
  private final List<String> compared = new ArrayList<>();
  private String note;
  private transient List<ShortlistEntry> shortlist;

  /** f:viewAction: picks the model from the URL (?model=P-GWYC-DD@v2 or a post code) or the first one, and ranks. */
  public void load() {
    models = catalog.current();
    if (model == null || model.isBlank()) {
      model = matching.mostAppliedPost().flatMap(catalog::currentOf).map(m -> m.id().toString())
          .orElse(models.isEmpty() ? null : models.get(0).id());
    } else if (!model.contains("@v")) {
      model = catalog.currentOf(model).map(m -> m.id().toString()).orElse(null);
    }
    rank();
  }

  public void rank() {
    report = null;
    reportKey = null;
    compared.clear();
    if (model == null) {
      result = null;
      return;
    }
    SubjectKind kind = "staff".equals(people) ? SubjectKind.STAFF : SubjectKind.CANDIDATE;
    result = matching.rank(PostModelId.parse(model), new MatchFilter(kind, channel, unitId, ageBand, education,
        appliedOnly && kind == SubjectKind.CANDIDATE ? PostModelId.parse(model).post().value() : null), Math.max(1, Math.min(limit, 1000)));
    shortlist = matching.shortlist(result.model().post().value());
  }

  public void showReport(String key) {
    reportKey = key;
    report = matching.fitReport(activeUser.getUsername(), PostModelId.parse(model), key, remoteAddr()).orElse(null);
  }

  public void toggleCompare(String key) {
    if (compared.contains(key)) {
      compared.remove(key);
    } else if (compared.size() >= 4) {
      error("cmp.compare.max");
    } else {
      compared.add(key);
    }
  }

  public boolean isCompared(String key) {
    return compared.contains(key);
  }

  public void mark(String key) {
    matching.mark(activeUser.getUsername(), result().model().post().value(), key, note);
    note = null;
    shortlist = matching.shortlist(result().model().post().value());
    info("cmp.shortlist.marked");
  }

  public void unmark(String key) {
    matching.unmark(activeUser.getUsername(), result().model().post().value(), key);
    shortlist = matching.shortlist(result().model().post().value());
  }

  public boolean isShortlisted(String key) {
    return getShortlist().stream().anyMatch(s -> s.getKey().equals(key));
  }

  public String shortlistNote(String key) {
    return getShortlist().stream().filter(s -> s.getKey().equals(key)).map(ShortlistEntry::getNote).findFirst().orElse(null);
  }

  public String personName(String key) {
    PersonSummary p = result().person(key);
    return p == null ? key : p.name();
  }

  // ---- comparison

  /** The ranked people chosen for comparison, in the order chosen. */
  public List<FitResult> getComparedResults() {
    Map<String, FitResult> byKey = result().ranking().ranked().stream().map(RankedCandidate::result)
        .collect(Collectors.toMap(FitResult::personId, f -> f));
    return compared.stream().filter(byKey::containsKey).map(byKey::get).toList();
  }

  public boolean isComparisonReady() {
    return getComparedResults().size() >= 2;
  }

  public String getRadarChart() {
    PostModel m = result().model();
    List<String> axes = m.requirements().stream().map(Requirement::competencyName).toList();
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    series.put(messages.text(CMP, "cmp.required"), m.requirements().stream().map(r -> r.required().value()).toList());
    for (FitResult f : getComparedResults()) {
      series.put(f.name(), f.breakdown().stream().map(RequirementFit::assessed).toList());
    }
    return ChartJson.radar(axes, series);
  }

  // ---- exports

  public StreamedContent getRankingExport() {
    byte[] xlsx = MatchingWorkbook.ranking(result(), postName());
    return DefaultStreamedContent.builder().name("ranking-" + model.replace('@', '-') + ".xlsx").contentType(XLSX)
        .stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  public StreamedContent getReportExport() {
    if (report == null) {
      return null;
    }
    byte[] xlsx = MatchingWorkbook.fitReport(report, result().model(), postName(), result().person(reportKey));
    return DefaultStreamedContent.builder().name("fit-report-" + reportKey + "-" + model.replace('@', '-') + ".xlsx").contentType(XLSX)
        .stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  /** The ranking as PDF; the button is shown only when the server has a Chinese font. */
  public StreamedContent getRankingPdf() {
    byte[] bytes = pdf.ranking(result(), postName(), activeUser.getUsername());
    return DefaultStreamedContent.builder().name("ranking-" + model.replace('@', '-') + ".pdf").contentType(MatchingPdf.CONTENT_TYPE)
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  /** One ranked person's fit report as PDF (a candidate's is audited like the report dialog). */
  public StreamedContent reportPdf(String key) {
    FitReport fit = matching.report(activeUser.getUsername(), result().model(), key, remoteAddr()).orElse(null);
    if (fit == null) {
      error("cmp.person.notFound");
      return null;
    }
    byte[] bytes = pdf.fitReport(fit.fit(), fit.model(), postName(), fit.person(), activeUser.getUsername());
    return DefaultStreamedContent.builder().name("fit-report-" + key + "-" + model.replace('@', '-') + ".pdf").contentType(MatchingPdf.CONTENT_TYPE)
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  public boolean isPdfAvailable() {
    return pdf.isAvailable();
  }

  // ---- view helpers

  public String postName() {
    return models.stream().filter(m -> m.id().equals(model)).map(ModelSummary::postName).findFirst().orElse(model);
  }

  public String getLevelRule() {
    return CurrentLevelRule.STATEMENT;
  }

  public double getRequiredPointsTotal() {
    return result().model().requiredPointsTotal();
  }

  public List<String> getHardConditions() {
    return org.jgsw.portal.competency.HardConditionTexts.of(result().model().hardConditions());
  }

  public List<Unit> getUnits() {
    return organisation.allUnits();
  }

  public EntryChannel[] getChannels() {
    return EntryChannel.values();
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public Education[] getEducations() {
    return Education.values();
  }

  private MatchResult result() {
    if (result == null) {
      rank();
    }
    return result;
  }

  private void error(String key) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(CMP, key), null));
  }

  private void info(String key) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.text(CMP, key), null));
  }

  private static String remoteAddr() {
    return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
  }

  public MatchResult getResult() {
    return result == null && model != null ? result() : result;
  }

  public List<ShortlistEntry> getShortlist() {
    if (shortlist == null) {
      shortlist = result() == null ? List.of() : matching.shortlist(result().model().post().value());
    }
    return shortlist;
  }

  public FitResult getReport() { return report; }
  public String getReportKey() { return reportKey; }
  public List<ModelSummary> getModels() { return models; }
  public String getModel() { return model; }
  public void setModel(String model) { this.model = model; }
  public String getPeople() { return people; }
  public void setPeople(String people) { this.people = people; }
  public EntryChannel getChannel() { return channel; }
  public void setChannel(EntryChannel channel) { this.channel = channel; }
  public Long getUnitId() { return unitId; }
  public void setUnitId(Long unitId) { this.unitId = unitId; }
  public AgeBand getAgeBand() { return ageBand; }
  public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
  public Education getEducation() { return education; }
  public void setEducation(Education education) { this.education = education; }
  public int getLimit() { return limit; }
  public void setLimit(int limit) { this.limit = limit; }
  public boolean isAppliedOnly() { return appliedOnly; }
  public void setAppliedOnly(boolean appliedOnly) { this.appliedOnly = appliedOnly; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public List<String> getCompared() { return compared; }
}
