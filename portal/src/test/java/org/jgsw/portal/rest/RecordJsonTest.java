package org.jgsw.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jgsw.portal.rest.dto.LearningMeDto;
import org.jgsw.portal.rest.dto.SearchPageDto;
import org.jgsw.portal.rest.dto.UnitDto;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordJson} must write every reply record of the API exactly as JSON-B (Yasson 3.0.4, the
 * version Payara Micro 6 ships) writes it: same properties, order, nulls, number and date forms.
 * Each record of {@code rest.dto} is filled three ways (all values, nulls wherever allowed, edge
 * values) and written by both.
 */
class RecordJsonTest {

  private static Jsonb jsonb;

  /** Only its generic type is used: a list of records, as resources that return lists give. */
  @SuppressWarnings("unused")
  private static List<UnitDto> listOfRecords;

  @BeforeAll
  static void createJsonb() {
    jsonb = JsonbBuilder.create();
  }

  @AfterAll
  static void closeJsonb() throws Exception {
    jsonb.close();
  }

  @jakarta.json.bind.annotation.JsonbNillable
  public record NillableInner(String name) {}

  public record PlainInner(String name) {}

  /** Null properties of record type in a record that is not nillable itself, and the other way round. */
  public record PlainOuter(NillableInner nillable, PlainInner plain, String name) {}

  @jakarta.json.bind.annotation.JsonbNillable
  public record NillableOuter(NillableInner nillable, PlainInner plain, String name, List<PlainInner> list) {}

  @Test
  void everyReplyRecordIsWrittenAsJsonbWritesIt() throws Exception {
    List<Class<?>> records = dtoRecords();
    assertTrue(records.size() > 40, "the dto package was found: " + records.size());
    records.addAll(List.of(PlainOuter.class, NillableOuter.class));
    int compared = 0;
    for (Class<?> type : records) {
      var writer = RecordJson.writerFor(type);
      if (writer.isEmpty()) {
        continue; // left to JSON-B
      }
      int forThisType = 0;
      for (int variant = 0; variant < 3; variant++) {
        Object value;
        try {
          value = sample(type, variant, 0);
        } catch (InvocationTargetException refused) {
          continue; // the record's own checks refuse this combination
        }
        assertEquals(jsonb.toJson(value), write(writer.get(), value), type.getName() + " variant " + variant);
        forThisType++;
      }
      assertTrue(forThisType > 0, "no sample of " + type.getName() + " could be made");
      compared += forThisType;
    }
    assertTrue(compared > 100, "compared " + compared);
  }

  @Test
  void theBusyRepliesAreWrittenByTheFastWriter() throws Exception {
    assertTrue(RecordJson.writerFor(LearningMeDto.class).isPresent(), "GET /api/learning/me");
    assertTrue(RecordJson.writerFor(SearchPageDto.class).isPresent(), "GET /api/search");
    Type list = RecordJsonTest.class.getDeclaredField("listOfRecords").getGenericType();
    var writer = RecordJson.writerFor(list);
    assertTrue(writer.isPresent(), "a list of records");
    List<UnitDto> units = List.of((UnitDto) sample(UnitDto.class, 0, 0), (UnitDto) sample(UnitDto.class, 1, 0));
    assertEquals(jsonb.toJson(units, list), write(writer.get(), units));
  }

  public record WithOptional(java.util.Optional<String> name) {}

  public record WithObject(Object anything) {}

  public record WithGetter(String name) {
    public String getLabel() {
      return "label";
    }
  }

  public record Renamed(@jakarta.json.bind.annotation.JsonbProperty("名称") String name) {}

  public record Plain(String name, List<WithOptional> nested) {}

  @Test
  void typesJsonbWritesDifferentlyAreLeftToIt() {
    assertFalse(RecordJson.writerFor(WithOptional.class).isPresent(), "Optional");
    assertFalse(RecordJson.writerFor(WithObject.class).isPresent(), "Object");
    assertFalse(RecordJson.writerFor(WithGetter.class).isPresent(), "a getter of its own");
    assertFalse(RecordJson.writerFor(Renamed.class).isPresent(), "a JSON-B annotation");
    assertFalse(RecordJson.writerFor(Plain.class).isPresent(), "a part JSON-B must write");
    assertTrue(RecordJson.writerFor(UnitDto.class).isPresent(), "an ordinary reply record");
  }

  private static String write(RecordJson.ValueWriter writer, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.createGenerator(out)) {
      writer.write(g, value);
    }
    return out.toString();
  }

  private static List<Class<?>> dtoRecords() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
    Path dir = Path.of(LearningMeDto.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(LearningMeDto.class.getPackageName().replace('.', '/'));
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = f.getFileName().toString();
        Class<?> c = Class.forName(LearningMeDto.class.getPackageName() + "." + name.substring(0, name.length() - 6));
        if (c.isRecord()) {
          records.add(c);
        }
      }
    }
    return records;
  }

  /** A value of {@code type}: variant 0 ordinary, 1 null wherever a reference may be, 2 edge values. */
  private static Object sample(Type type, int variant, int depth) throws ReflectiveOperationException {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        Collection<Object> c = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        if (variant != 2 && depth < 3) {
          c.add(sample(args[0], 0, depth + 1));
          c.add(variant == 1 && !Set.class.isAssignableFrom(raw) ? null : sample(args[0], 2, depth + 1));
        }
        return variant == 1 && depth > 0 ? null : c;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      if (variant != 2 && depth < 3) {
        m.put("乙", sample(args[1], 0, depth + 1));
        m.put("a", variant == 1 ? null : sample(args[1], 2, depth + 1));
      }
      return m;
    }
    Class<?> c = (Class<?>) type;
    if (variant == 1 && !c.isPrimitive()) {
      return depth == 0 ? sampleRecord(c, variant, depth) : null;
    }
    boolean edge = variant == 2;
    if (c == String.class) {
      return edge ? "" : "公务用车 \"引号\" <b>&amp;</b>\n\t\\ é 😀";
    }
    if (c == int.class || c == Integer.class) {
      return edge ? Integer.MIN_VALUE : 42;
    }
    if (c == long.class || c == Long.class) {
      return edge ? 9007199254740993L : -7L;
    }
    if (c == short.class || c == Short.class) {
      return (short) (edge ? -3 : 12);
    }
    if (c == boolean.class || c == Boolean.class) {
      return !edge;
    }
    if (c == float.class || c == Float.class) {
      return edge ? 1.0E10f : 0.1f;
    }
    if (c == double.class || c == Double.class) {
      return edge ? 1.0E21 : 0.1;
    }
    if (c == BigDecimal.class) {
      return edge ? new BigDecimal("1E+3") : new BigDecimal("12.50");
    }
    if (c == BigInteger.class) {
      return new BigInteger("123456789012345678901234567890");
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2026, edge ? 1 : 11, 27);
    }
    if (c == LocalDateTime.class) {
      return edge ? LocalDateTime.of(2026, 1, 1, 0, 0) : LocalDateTime.of(2026, 11, 27, 8, 5, 3, 123_000_000);
    }
    if (c == Instant.class) {
      return edge ? Instant.EPOCH : Instant.parse("2026-11-27T08:05:03.123456Z");
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[edge ? constants.length - 1 : 0];
    }
    if (c.isRecord()) {
      return sampleRecord(c, variant, depth);
    }
    throw new IllegalArgumentException("no sample for " + type);
  }

  private static Object sampleRecord(Class<?> c, int variant, int depth) throws ReflectiveOperationException {
    RecordComponent[] components = c.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = sample(components[i].getGenericType(), variant, depth + 1);
    }
    Constructor<?> canonical = c.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    canonical.setAccessible(true);
    return canonical.newInstance(values);
  }
}
