package org.jgsw.portal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the user's pages: Chinese unless they switch to English. */
@Named
@SessionScoped
public class UserLocale implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale = CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguageTag() {
    return locale.toLanguageTag();
  }

  /** Switches language and reloads the current page (a redirect, so the URL stays bookmarkable). */
  public String switchTo(String languageTag) {
    locale = "en".equals(languageTag) ? Locale.ENGLISH : CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
