package org.jgsw.portal.web.competency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyFamily;
import org.jgsw.competency.domain.CompetencyGroup;
import org.jgsw.competency.domain.ProficiencyLevel;
import org.jgsw.portal.competency.ModelCatalog;
import org.jgsw.portal.competency.ModelSummary;
import org.jgsw.portal.web.shared.ActiveUser;
import org.primefaces.PrimeFaces;

/** competency/index.xhtml: the competency dictionary (tree, five indicators each) and every post model version. */
@Named
@ViewScoped
public class DictionaryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModelCatalog catalog;
  @Inject ActiveUser activeUser;

  private transient CompetencyDictionary dictionary;
  private List<ModelSummary> models;
  private CompetencyForm form;

  @PostConstruct
  void init() {
    models = catalog.allVersions();
  }

  public CompetencyDictionary getDictionary() {
    if (dictionary == null) {
      dictionary = catalog.dictionary();
    }
    return dictionary;
  }

  /** The group path of a competency, e.g. 专业技能 › 公务用车. */
  public String path(String groupId) {
    return String.join(" › ", getDictionary().path(groupId).stream().map(CompetencyGroup::name).toList());
  }

  public List<CompetencyGroup> getLeafGroups() {
    return getDictionary().roots().stream().flatMap(r -> getDictionary().children(r.id()).stream()).toList();
  }

  public String indicator(Competency c, int level) {
    return c.indicator(ProficiencyLevel.of(level)).description();
  }

  public void startCreate() {
    form = new CompetencyForm();
    form.setFamily(CompetencyFamily.PROFESSIONAL);
  }

  public void startEdit(Competency c) {
    form = CompetencyForm.of(c);
  }

  public void save() {
    try {
      Competency c = form.toCompetency();
      catalog.saveCompetency(activeUser.getUsername(), c);
      dictionary = null;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "已保存：" + c.name(), null));
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public CompetencyFamily[] getFamilies() {
    return CompetencyFamily.values();
  }

  public List<ModelSummary> getModels() { return models; }
  public CompetencyForm getForm() { return form; }
}
