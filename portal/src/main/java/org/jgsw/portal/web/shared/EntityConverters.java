package org.jgsw.portal.web.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jgsw.portal.organisation.OrganisationService;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Unit;

/** Converters that let select menus and autocompletes bind units and posts by id. */
public final class EntityConverters {

  private EntityConverters() {}

  static <T> T byId(String value, LongFunction<Optional<T>> finder) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return finder.apply(Long.parseLong(value.trim())).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // @Dependent makes the converters CDI beans under bean-discovery-mode="annotated", so @Inject works.
  @Dependent
  @FacesConverter(forClass = Unit.class, managed = true)
  public static class UnitConverter implements Converter<Unit> {
    @Inject OrganisationService organisation;

    @Override
    public Unit getAsObject(FacesContext context, UIComponent component, String value) {
      return byId(value, organisation::findUnit);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Unit unit) {
      return unit == null || unit.getId() == null ? "" : unit.getId().toString();
    }
  }

  @Dependent
  @FacesConverter(forClass = Post.class, managed = true)
  public static class PostConverter implements Converter<Post> {
    @Inject OrganisationService organisation;

    @Override
    public Post getAsObject(FacesContext context, UIComponent component, String value) {
      return byId(value, organisation::findPost);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Post post) {
      return post == null || post.getId() == null ? "" : post.getId().toString();
    }
  }
}
