package org.jgsw.portal.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jgsw.portal.library.LibraryProblem;
import org.jgsw.portal.library.LibraryService;
import org.jgsw.portal.library.LibraryValidationException;
import org.jgsw.portal.web.shared.ActiveUser;
import org.jgsw.portal.web.shared.Messages;
import org.jgsw.search.api.Synonyms;

/** library/manage/synonyms.xhtml: the synonym rules (used by the next search, no re-index) and the domain list. */
@Named
@ViewScoped
public class LibrarySynonymsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LibraryService library;
  @Inject ActiveUser activeUser;
  @Inject transient Messages messages;

  private String rules;
  private String newDomain;
  private List<String> domains;

  @PostConstruct
  void init() {
    rules = library.synonymsText();
    domains = library.domainNames();
  }

  public void save() {
    library.saveSynonyms(activeUser.getUsername(), rules);
    int count = Synonyms.parse(rules).rules().size();
    info(messages.text(LibraryProblem.BUNDLE, "synonyms.saved", count));
  }

  public void addDomain() {
    try {
      library.addDomain(newDomain);
      domains = library.domainNames();
      newDomain = null;
    } catch (LibraryValidationException e) {
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(messages.locale()), null));
    }
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public String getRules() { return rules; }
  public void setRules(String v) { rules = v; }
  public String getNewDomain() { return newDomain; }
  public void setNewDomain(String v) { newDomain = v; }
  public List<String> getDomains() { return domains; }
}
