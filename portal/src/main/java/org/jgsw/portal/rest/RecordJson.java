package org.jgsw.portal.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.stream.JsonGenerator;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How to write a value of a given type as JSON exactly as JSON-B (Yasson, default configuration)
 * writes it: record properties in lexicographic order, a {@code null} property left out unless the
 * record is {@code @JsonbNillable}, dates in ISO form, enums by name, collections as arrays and
 * string-keyed maps as objects. A type outside that list gets no writer, and JSON-B writes it.
 */
final class RecordJson {

  /** Writes one value where the generator expects a value (in an array or after a key). */
  interface ValueWriter {
    void write(JsonGenerator g, Object value);
  }

  /** {@code nullWritten}: whether a null is written as null (else left out). */
  private record Property(String name, Method accessor, ValueWriter writer, boolean nullWritten) {}

  private RecordJson() {}

  /** A writer for {@code type}, or empty when JSON-B must write it. */
  static Optional<ValueWriter> writerFor(Type type) {
    return Optional.ofNullable(writer(type, new HashSet<>()));
  }

  private static ValueWriter writer(Type type, Set<Type> building) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return collection(writer(args[0], building));
      }
      if (Map.class.isAssignableFrom(raw) && args[0] == String.class) {
        return map(writer(args[1], building));
      }
      return null;
    }
    if (!(type instanceof Class<?> c)) {
      return null; // a type variable or wildcard: its values' types are not known here
    }
    if (c == String.class) {
      return (g, v) -> g.write((String) v);
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
      return (g, v) -> g.write(((Number) v).intValue());
    }
    if (c == long.class || c == Long.class) {
      return (g, v) -> g.write((Long) v);
    }
    if (c == boolean.class || c == Boolean.class) {
      return (g, v) -> g.write((Boolean) v);
    }
    if (c == float.class || c == Float.class) {
      // as Yasson: through the float's own decimal form, so 0.1f is written 0.1 and not 0.10000000149011612
      return (g, v) -> g.write(new BigDecimal(v.toString()));
    }
    if (c == double.class || c == Double.class) {
      return (g, v) -> g.write((Double) v);
    }
    if (c == BigDecimal.class) {
      return (g, v) -> g.write((BigDecimal) v);
    }
    if (c == BigInteger.class) {
      return (g, v) -> g.write((BigInteger) v);
    }
    if (c == LocalDate.class) {
      return (g, v) -> g.write(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) v));
    }
    if (c == LocalDateTime.class) {
      return (g, v) -> g.write(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) v));
    }
    if (c == Instant.class) {
      return (g, v) -> g.write(DateTimeFormatter.ISO_INSTANT.format((Instant) v));
    }
    if (c.isEnum()) {
      return (g, v) -> g.write(((Enum<?>) v).name());
    }
    if (c.isRecord() && Modifier.isPublic(c.getModifiers()) && building.add(c)) {
      ValueWriter w = record(c, building);
      building.remove(c);
      return w;
    }
    return null;
  }

  private static ValueWriter collection(ValueWriter element) {
    if (element == null) {
      return null;
    }
    return (g, v) -> {
      g.writeStartArray();
      for (Object e : (Collection<?>) v) {
        if (e == null) {
          g.writeNull();
        } else {
          element.write(g, e);
        }
      }
      g.writeEnd();
    };
  }

  private static ValueWriter map(ValueWriter value) {
    if (value == null) {
      return null;
    }
    return (g, v) -> {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeKey((String) e.getKey());
        if (e.getValue() == null) {
          g.writeNull();
        } else {
          value.write(g, e.getValue());
        }
      }
      g.writeEnd();
    };
  }

  private static ValueWriter record(Class<?> type, Set<Type> building) {
    if (hasOtherJsonbAnnotation(type.getAnnotations(), true) || hasGetterOfItsOwn(type)) {
      return null;
    }
    boolean nillable = type.isAnnotationPresent(JsonbNillable.class);
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      if (hasOtherJsonbAnnotation(component.getAnnotations(), false) || hasOtherJsonbAnnotation(accessor.getAnnotations(), false)) {
        return null;
      }
      ValueWriter w = writer(component.getGenericType(), building);
      if (w == null) {
        return null;
      }
      // Yasson asks a record-typed property's own type whether it is nillable, not the record holding it (RecordJsonTest)
      Class<?> of = component.getType();
      properties.add(new Property(component.getName(), accessor, w, of.isRecord() ? of.isAnnotationPresent(JsonbNillable.class) : nillable));
    }
    properties.sort(Comparator.comparing(Property::name));
    Property[] ordered = properties.toArray(Property[]::new);
    return (g, v) -> {
      g.writeStartObject();
      for (Property p : ordered) {
        Object value = read(p.accessor(), v);
        if (value != null) {
          g.writeKey(p.name());
          p.writer().write(g, value);
        } else if (p.nullWritten()) {
          g.writeNull(p.name());
        }
      }
      g.writeEnd();
    };
  }

  /** Whether the record has a public getter besides its components' accessors, which JSON-B would write too. */
  private static boolean hasGetterOfItsOwn(Class<?> type) {
    Set<String> accessors = new HashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      accessors.add(c.getName());
    }
    return Stream.of(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getDeclaringClass() == type)
        .map(Method::getName)
        .anyMatch(n -> !accessors.contains(n) && (n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2));
  }

  /** Whether JSON-B annotations other than a record's own {@code @JsonbNillable} change how it is written. */
  private static boolean hasOtherJsonbAnnotation(Annotation[] annotations, boolean onRecord) {
    return Stream.of(annotations).map(Annotation::annotationType)
        .anyMatch(a -> a.getPackageName().startsWith("jakarta.json.bind") && !(onRecord && a == JsonbNillable.class));
  }

  private static Object read(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }
}
