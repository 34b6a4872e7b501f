package org.jgsw.portal.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the API's reply records (and lists of them) with a streaming JSON generator, as JSON-B
 * would write them, without JSON-B's work on every object: Yasson looks each value's type up again,
 * and its recursion guard puts every record in a hash set, which hashes a record's whole content
 * (for 我的学习, the whole reply once per assignment and again at the top). That was a seventh of a
 * {@code GET /api/learning/me} under load (TrainingHttpBenchmark, JFR).
 *
 * <p>Only types that {@link RecordJson} can write exactly like JSON-B are taken; anything else (a
 * record with a JSON-B annotation other than {@code @JsonbNillable}, an {@code Optional}, a type it
 * does not know) is left to JSON-B. {@code RecordJsonTest} compares both writers on every record of
 * the API.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
// Before JSON-B's provider, which also takes any Object as application/json: at the same type and
// media type Jersey would otherwise pick either (it orders equal writers by priority, lower first).
@Priority(Priorities.ENTITY_CODER - 1000)
public class RecordJsonWriter implements MessageBodyWriter<Object> {

  private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());
  /** Per reply type (with its generic form): how to write it, or empty when JSON-B must. */
  private static final Map<Type, Optional<RecordJson.ValueWriter>> WRITERS = new ConcurrentHashMap<>();

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return (type.isRecord() || Collection.class.isAssignableFrom(type)) && writerFor(type, genericType).isPresent();
  }

  @Override
  public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) {
    // not closed: closing the generator would close the response stream, which belongs to the container
    JsonGenerator g = FACTORY.createGenerator(out, StandardCharsets.UTF_8);
    writerFor(type, genericType).orElseThrow().write(g, value);
    g.flush();
  }

  private static Optional<RecordJson.ValueWriter> writerFor(Class<?> type, Type genericType) {
    Type key = type.isRecord() ? type : genericType;
    return WRITERS.computeIfAbsent(key, RecordJson::writerFor);
  }
}
