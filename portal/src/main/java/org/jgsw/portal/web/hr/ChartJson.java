package org.jgsw.portal.web.hr;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for {@code <p:chart value="…">} (PrimeFaces 15 takes the configuration
 * as JSON), built with JSON-P so every label is properly escaped.
 */
public final class ChartJson {

  private static final String[] COLOURS = {"#1f6feb", "#d9480f", "#2f9e44", "#ae3ec9", "#f59f00", "#0c8599", "#e03131", "#5c7cfa"};

  private ChartJson() {}

  /** A bar (or pie/doughnut) chart of one series of counts. */
  public static String counts(String type, String label, Map<String, Integer> counts) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      labels.add(e.getKey());
      data.add(e.getValue());
      colours.add(COLOURS[i++ % COLOURS.length]);
    }
    JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colours);
    JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", !"bar".equals(type))));
    return Json.createObjectBuilder().add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options).build().toString();
  }

  /** A radar chart: axes are competencies, one dataset per series (the post's required levels and each person). */
  public static String radar(List<String> axes, Map<String, List<Integer>> series) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    axes.forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, List<Integer>> s : series.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.getValue().forEach(data::add);
      String colour = COLOURS[i++ % COLOURS.length];
      datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data).add("borderColor", colour)
          .add("backgroundColor", colour + "22").add("pointBackgroundColor", colour).add("fill", true));
    }
    JsonObjectBuilder scale = Json.createObjectBuilder().add("min", 0).add("max", 5)
        .add("ticks", Json.createObjectBuilder().add("stepSize", 1));
    return Json.createObjectBuilder().add("type", "radar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder().add("r", scale)))
        .build().toString();
  }
}
