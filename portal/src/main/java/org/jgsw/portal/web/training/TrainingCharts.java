package org.jgsw.portal.web.training;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations of the training reports for {@code <p:chart value="…">}, built with JSON-P
 * as hr's ChartJson does, so that every course and unit name is escaped. Missing values (no one
 * took the quiz) are gaps, not zeros.
 */
public final class TrainingCharts {

  private static final String[] COLOURS = {"#1f6feb", "#2f9e44", "#d9480f", "#ae3ec9", "#f59f00", "#0c8599"};

  private TrainingCharts() {}

  /** Grouped bars: one dataset per series, one group per label; {@code max} fixes the value axis (100 for percents). */
  public static String bars(List<String> labels, Map<String, List<BigDecimal>> series, int max) {
    return series("bar", labels, series, max);
  }

  /** Lines over {@code labels} (e.g. quarters), one per series; the value axis starts at 0 and finds its own top. */
  public static String lines(List<String> labels, Map<String, List<BigDecimal>> series) {
    return series("line", labels, series, null);
  }

  private static String series(String type, List<String> labels, Map<String, List<BigDecimal>> series, Integer max) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(l -> names.add(l.length() > 16 ? l.substring(0, 15) + "…" : l));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, List<BigDecimal>> s : series.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (BigDecimal v : s.getValue()) {
        if (v == null) {
          data.addNull();
        } else {
          data.add(v);
        }
      }
      String colour = COLOURS[i++ % COLOURS.length];
      datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data).add("backgroundColor", colour).add("borderColor", colour));
    }
    JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0);
    if (max != null) {
      y.add("max", max);
    }
    return Json.createObjectBuilder().add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder().add("y", y)))
        .build().toString();
  }

  /** A doughnut of counts (for example assignments by status). */
  public static String doughnut(Map<String, Long> counts) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      labels.add(e.getKey());
      data.add(e.getValue());
      colours.add(COLOURS[i++ % COLOURS.length]);
    }
    return Json.createObjectBuilder().add("type", "doughnut")
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours))))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
        .build().toString();
  }
}
