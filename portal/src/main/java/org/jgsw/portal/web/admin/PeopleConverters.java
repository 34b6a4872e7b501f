package org.jgsw.portal.web.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Unit;

/**
 * The unit and post selects of the person dialog, by id. They look the service up through CDI
 * themselves: Mojarra hands out {@code forClass} converters without injecting their fields, which
 * left the shared converters' service null in a Payara run.
 */
final class PeopleConverters {

  private PeopleConverters() {}

  private static <T> T byId(String value, LongFunction<Optional<T>> finder) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return finder.apply(Long.parseLong(value.strip())).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static OrganisationService organisation() {
    return CDI.current().select(OrganisationService.class).get();
  }

  @FacesConverter("peopleUnit")
  public static class UnitById implements Converter<Unit> {
    @Override
    public Unit getAsObject(FacesContext context, UIComponent component, String value) {
      return byId(value, id -> organisation().findUnit(id));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Unit unit) {
      return unit == null || unit.getId() == null ? "" : unit.getId().toString();
    }
  }

  @FacesConverter("peoplePost")
  public static class PostById implements Converter<Post> {
    @Override
    public Post getAsObject(FacesContext context, UIComponent component, String value) {
      return byId(value, id -> organisation().findPost(id));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Post post) {
      return post == null || post.getId() == null ? "" : post.getId().toString();
    }
  }
}
