package org.jgsw.portal.it.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * Reads JSON response bodies into maps and lists. Selenium's small JSON codec is on the test
 * classpath already (the WAR's JSON provider is not), so the tests need no further library.
 */
public final class JsonBody {

  private static final Json JSON = new Json();

  private JsonBody() {}

  public static Object parse(HttpResult result) {
    try {
      return JSON.toType(result.body(), Object.class);
    } catch (JsonException e) {
      throw new AssertionError("Not JSON: " + result.describe(), e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(HttpResult result) {
    Object value = parse(result);
    if (!(value instanceof Map)) {
      throw new AssertionError("Expected a JSON object: " + result.describe());
    }
    return (Map<String, Object>) value;
  }

  /**
   * Number of records a list resource reports: its {@code total} field, an {@code X-Total-Count}
   * header, else the length of the array.
   */
  public static long total(HttpResult result) {
    Object value = parse(result);
    Optional<String> header = result.headers().firstValue("X-Total-Count");
    if (header.isPresent()) {
      return Long.parseLong(header.get().trim());
    }
    if (value instanceof List<?> list) {
      return list.size();
    }
    if (value instanceof Map<?, ?> map) {
      Optional<Object> total = Optional.ofNullable(map.get("total"));
      if (total.isPresent() && total.get() instanceof Number n) {
        return n.longValue();
      }
    }
    throw new AssertionError("Neither a JSON array nor an object with a numeric \"total\": " + result.describe());
  }

  public static String toJson(Object value) {
    return JSON.toJson(value);
  }
}
