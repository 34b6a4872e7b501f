package org.jgsw.portal.library;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;

/**
 * Reads one line of a JSON Lines import: {@code externalId, kind, title, number, issuer, region,
 * domains[], status, issuedOn, effectiveOn, tags[], summary, body}, and optionally {@code
 * repealedOn} and {@code replacedBy} (the external id of the replacement). Type errors become
 * problems of the line, never exceptions.
 */
public final class LibraryJsonLines {

  /** A line longer than this is refused unread (a body of {@link DocumentRules#MAX_BODY} fits). */
  public static final int MAX_LINE_CHARS = 6_000_000;

  public record Parsed(DocumentInput input, List<LibraryProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private LibraryJsonLines() {}

  public static Parsed parse(String line) {
    List<LibraryProblem> problems = new ArrayList<>();
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return new Parsed(null, List.of(LibraryProblem.of("line", "problem.json.notObject")));
      }
      o = value.asJsonObject();
    } catch (JsonParsingException e) {
      String where = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNumber());
      return new Parsed(null, List.of(LibraryProblem.of("line", "problem.json.invalid", where)));
    } catch (RuntimeException e) {
      return new Parsed(null, List.of(LibraryProblem.of("line", "problem.json.invalid", "?")));
    }
    DocumentKind kind = enumValue(o, "kind", DocumentKind.class, problems);
    DocumentStatus status = enumValue(o, "status", DocumentStatus.class, problems);
    DocumentInput input = new DocumentInput(
        string(o, "externalId", problems), kind, string(o, "title", problems), string(o, "number", problems),
        string(o, "issuer", problems), string(o, "region", problems), list(o, "domains", problems), status,
        date(o, "issuedOn", problems), date(o, "effectiveOn", problems), date(o, "repealedOn", problems),
        null, string(o, "replacedBy", problems), list(o, "tags", problems),
        string(o, "summary", problems), string(o, "body", problems));
    return new Parsed(input, problems);
  }

  /** The external id of a line, if it can be read, for the report of a rejected line. */
  public static String externalIdOf(String line) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonValue v = reader.readValue();
      if (v instanceof JsonObject o && o.get("externalId") instanceof JsonString s) {
        return s.getString();
      }
    } catch (RuntimeException e) {
      // not JSON: no id to report
    }
    return null;
  }

  private static String string(JsonObject o, String name, List<LibraryProblem> problems) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v.getValueType() == JsonValue.ValueType.NUMBER) {
      return v.toString();
    }
    problems.add(LibraryProblem.of(name, "problem.json.notText", name));
    return null;
  }

  private static List<String> list(JsonObject o, String name, List<LibraryProblem> problems) {
    JsonValue v = o.get(name);
    if (v == null || v == JsonValue.NULL) {
      return List.of();
    }
    if (v instanceof JsonString s) {
      // a single value or a comma-separated list is accepted as well
      return List.of(s.getString().split("[,，、]"));
    }
    if (v instanceof JsonArray a) {
      List<String> out = new ArrayList<>();
      for (JsonValue item : a) {
        if (item instanceof JsonString s) {
          out.add(s.getString());
        } else {
          problems.add(LibraryProblem.of(name, "problem.json.notTextList", name));
          return List.of();
        }
      }
      return out;
    }
    problems.add(LibraryProblem.of(name, "problem.json.notTextList", name));
    return List.of();
  }

  private static LocalDate date(JsonObject o, String name, List<LibraryProblem> problems) {
    String s = string(o, name, problems);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      problems.add(LibraryProblem.of(name, "problem.date.invalid", name, s));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(JsonObject o, String name, Class<E> type, List<LibraryProblem> problems) {
    String s = string(o, name, problems);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      for (E constant : type.getEnumConstants()) {
        // the Chinese name (标准, 现行有效 …) is accepted too
        if (constant instanceof DocumentKind k && k.label().equals(s.strip()) || constant instanceof DocumentStatus st && st.label().equals(s.strip())) {
          return constant;
        }
      }
      problems.add(LibraryProblem.of(name, "problem.enum.invalid", name, s, java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }
}
