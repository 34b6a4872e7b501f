package org.jgsw.portal.web.admin;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Person;

/**
 * The person an account is linked to, by id, for the autocomplete of the user dialog. {@code @Dependent}
 * makes it a CDI bean under bean-discovery-mode="annotated", so that {@code managed = true} injects.
 */
@Dependent
@FacesConverter(value = "admin.linkedPerson", managed = true)
public class LinkedPersonConverter implements Converter<Person> {

  @Inject OrganisationService organisation;

  @Override
  public Person getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return organisation.findPerson(Long.parseLong(value.trim())).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Person person) {
    return person == null || person.getId() == null ? "" : person.getId().toString();
  }
}
