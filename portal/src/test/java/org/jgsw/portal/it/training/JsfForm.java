package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A JSF form as a browser would submit it: every field with its current value (hidden fields and the
 * view state included), changed by name — or by the end of a generated name, for rows of ui:repeat.
 */
final class JsfForm {

  /** A file to upload with the form. */
  record FilePart(String name, String type, byte[] content) {}

  private final URI action;
  private final Map<String, List<String>> fields = new LinkedHashMap<>();
  private final Map<String, FilePart> files = new LinkedHashMap<>();
  private final List<String> fileInputs = new ArrayList<>();

  private JsfForm(URI action) {
    this.action = action;
  }

  static JsfForm of(PageSession.Response response, String formId) {
    assertThat(response.status()).as(response.uri() + " " + response.text()).isEqualTo(200);
    Document page = response.page();
    Element form = page.getElementById(formId);
    assertThat(form).as("form " + formId + " on " + response.uri()).isNotNull();
    JsfForm f = new JsfForm(URI.create(form.absUrl("action")));
    for (Element e : form.select("input[name], textarea[name], select[name]")) {
      String name = e.attr("name");
      switch (e.tagName()) {
        case "textarea" -> f.put(name, e.wholeText());
        case "select" -> {
          List<Element> selected = e.select("option[selected]");
          if (selected.isEmpty() && !e.hasAttr("multiple") && !e.select("option").isEmpty()) {
            selected = List.of(e.select("option").first());
          }
          selected.forEach(o -> f.add(name, o.attr("value")));
        }
        default -> {
          String type = e.attr("type").toLowerCase();
          if (type.equals("file")) {
            f.fileInputs.add(name);
          } else if (type.equals("checkbox") || type.equals("radio")) {
            if (e.hasAttr("checked")) {
              f.add(name, e.hasAttr("value") ? e.attr("value") : "on");
            }
          } else if (!type.equals("submit") && !type.equals("button")) {
            f.put(name, e.attr("value"));
          }
        }
      }
    }
    return f;
  }

  private void put(String name, String value) {
    fields.put(name, new ArrayList<>(List.of(value)));
  }

  private void add(String name, String value) {
    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** The one field whose name is {@code name} or ends with it. */
  String name(String suffix) {
    if (fields.containsKey(suffix)) {
      return suffix;
    }
    List<String> matches = fields.keySet().stream().filter(n -> n.endsWith(suffix)).toList();
    assertThat(matches).as("fields ending with " + suffix + " in " + fields.keySet()).hasSize(1);
    return matches.get(0);
  }

  JsfForm set(String suffix, String value) {
    put(name(suffix), value);
    return this;
  }

  /** A p:inputNumber: its visible and hidden inputs. */
  JsfForm number(String suffix, String value) {
    List<String> names = fields.keySet().stream()
        .filter(n -> n.endsWith(suffix) || n.endsWith(suffix + "_input") || n.endsWith(suffix + "_hinput")).toList();
    assertThat(names).as("number fields " + suffix + " in " + fields.keySet()).isNotEmpty();
    names.forEach(n -> put(n, value));
    return this;
  }

  /** A checkbox (p:selectBooleanCheckbox renders "…_input"), ticked or not. */
  JsfForm check(String name, boolean on) {
    if (on) {
      put(name, "on");
    } else {
      fields.remove(name);
    }
    return this;
  }

  JsfForm file(String suffix, String fileName, String type, byte[] content) {
    List<String> matches = fileInputs.stream().filter(n -> n.endsWith(suffix)).toList();
    assertThat(matches).as("file inputs ending with " + suffix + " in " + fileInputs).hasSize(1);
    files.put(matches.get(0), new FilePart(fileName, type, content));
    return this;
  }

  URI action() {
    return action;
  }

  Map<String, List<String>> fields() {
    return new LinkedHashMap<>(fields);
  }

  Map<String, FilePart> files() {
    return files;
  }
}
