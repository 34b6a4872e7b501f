package org.jgsw.portal.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import org.jgsw.portal.rest.dto.MatchingBreakdownDto;
import org.jgsw.portal.rest.dto.MatchingEvidenceDto;
import org.jgsw.portal.rest.dto.MatchingIneligibleDto;
import org.jgsw.portal.rest.dto.MatchingRankedDto;
import org.jgsw.portal.rest.dto.MatchingRankingDto;

/**
 * Writes a ranking as JSON with a streaming generator instead of JSON-B. A top-100 ranking of a
 * 25-requirement model is about 2,500 breakdown rows with their evidence (some 900 kB): JSON-B
 * looks up and reflects on every one of those small records, which was a large part of the API's
 * time beyond the service's (README, Benchmarks). The fields and their JSON types are exactly the
 * records' — what JSON-B would write, {@code evidence: null} included for a missing level.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class MatchingRankingJsonWriter implements MessageBodyWriter<MatchingRankingDto> {

  private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == MatchingRankingDto.class;
  }

  @Override
  public void writeTo(MatchingRankingDto r, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) {
    // not closed: closing the generator would close the response stream, which belongs to the container
    JsonGenerator g = FACTORY.createGenerator(out, java.nio.charset.StandardCharsets.UTF_8);
    g.writeStartObject()
        .write("model", r.model())
        .write("post", r.post())
        .write("version", r.version())
        .write("formula", r.formula())
        .write("evaluated", r.evaluated())
        .write("eligible", r.eligible())
        .write("ineligibleCount", r.ineligibleCount())
        .write("millis", r.millis())
        .write("sqlStatements", r.sqlStatements());
    g.writeStartArray("ranked");
    for (MatchingRankedDto p : r.ranked()) {
      g.writeStartObject()
          .write("rank", p.rank())
          .write("personId", p.personId())
          .write("name", p.name());
      text(g, "channel", p.channel());
      g.write("fit", p.fit()).write("unproven", p.unproven());
      g.writeStartArray("breakdown");
      for (MatchingBreakdownDto b : p.breakdown()) {
        breakdown(g, b);
      }
      g.writeEnd().writeEnd();
    }
    g.writeEnd();
    g.writeStartArray("ineligible");
    for (MatchingIneligibleDto i : r.ineligible()) {
      g.writeStartObject().write("personId", i.personId()).write("name", i.name());
      text(g, "channel", i.channel());
      g.writeStartArray("reasons");
      i.reasons().forEach(g::write);
      g.writeEnd().writeEnd();
    }
    g.writeEnd().writeEnd();
    g.flush();
  }

  private static void breakdown(JsonGenerator g, MatchingBreakdownDto b) {
    g.writeStartObject()
        .write("competency", b.competency())
        .write("name", b.name())
        .write("required", b.required())
        .write("assessed", b.assessed())
        .write("weight", b.weight())
        .write("mustHave", b.mustHave())
        .write("points", b.points())
        .write("pointsLost", b.pointsLost())
        .write("pointsGained", b.pointsGained())
        .write("proven", b.proven())
        .write("missing", b.missing());
    MatchingEvidenceDto e = b.evidence();
    if (e == null) {
      g.writeNull("evidence"); // the record is @JsonbNillable: every row has the same fields
    } else {
      g.writeStartObject("evidence")
          .write("source", e.source())
          .write("sourceLabel", e.sourceLabel())
          .write("level", e.level());
      text(g, "date", e.date() == null ? null : e.date().toString());
      text(g, "recordedBy", e.recordedBy());
      text(g, "detail", e.detail());
      g.writeEnd();
    }
    g.writeEnd();
  }

  /** JSON-B leaves out a null property of a record that is not @JsonbNillable; so does this. */
  private static void text(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.write(name, value);
    }
  }
}
