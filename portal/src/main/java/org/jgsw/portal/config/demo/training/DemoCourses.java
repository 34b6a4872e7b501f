package org.jgsw.portal.config.demo.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo courses, lessons and quiz questions, read from {@code courses.txt} beside this class
 * (the file says its format). Options of a question are rotated by its position so that the
 * correct answer is not always the first. Tests reuse it to know the right answers.
 */
public final class DemoCourses {

  public record DemoLesson(String title, int minutes, String html) {}

  /** A question as it is stored: options in the order shown, correct option indexes. */
  public record DemoQuestion(String id, char type, String text, List<String> options, Set<Integer> correct) {}

  public record DemoCourse(
      String key, boolean general, String domain, String title, String hours, int minutes, List<String> posts,
      List<String> competencies, String summary, List<DemoLesson> lessons, List<DemoQuestion> questions) {}

  private DemoCourses() {}

  public static List<DemoCourse> all() {
    try (InputStream in = DemoCourses.class.getResourceAsStream("courses.txt")) {
      if (in == null) {
        throw new IllegalStateException("courses.txt is missing beside " + DemoCourses.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DemoCourse byKey(String key) {
    return all().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  static List<DemoCourse> parse(List<String> lines) {
    List<DemoCourse> courses = new ArrayList<>();
    String[] head = null;
    String summary = "";
    List<DemoLesson> lessons = new ArrayList<>();
    List<DemoQuestion> questions = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      switch (f[0]) {
        case "C" -> {
          if (head != null) {
            courses.add(course(head, summary, lessons, questions));
          }
          head = f;
          summary = "";
          lessons = new ArrayList<>();
          questions = new ArrayList<>();
        }
        case "S" -> summary = f[1];
        case "L" -> lessons.add(new DemoLesson(f[1], Integer.parseInt(f[2]), f[3]));
        case "Q" -> questions.add(question(head[1] + "-Q" + (questions.size() + 1), f, questions.size()));
        default -> throw new IllegalArgumentException("Unknown line in courses.txt: " + line);
      }
    }
    if (head != null) {
      courses.add(course(head, summary, lessons, questions));
    }
    return courses;
  }

  private static DemoCourse course(String[] h, String summary, List<DemoLesson> lessons, List<DemoQuestion> questions) {
    return new DemoCourse(h[1], h[2].equals("GENERAL"), h[3], h[4], h[5], Integer.parseInt(h[6]), list(h[7]), list(h[8]),
        summary, List.copyOf(lessons), List.copyOf(questions));
  }

  private static DemoQuestion question(String id, String[] f, int position) {
    char type = f[1].charAt(0);
    if (type == 'T') {
      return new DemoQuestion(id, type, f[2], List.of("正确", "错误"), Set.of(f[3].equals("true") ? 0 : 1));
    }
    List<String> options = Arrays.asList(f[3].split(";"));
    int n = options.size();
    int shift = position % n;
    List<String> rotated = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rotated.add(options.get((i + shift) % n));
    }
    Set<Integer> correct = new LinkedHashSet<>();
    for (String c : f[4].split(",")) {
      correct.add(Math.floorMod(Integer.parseInt(c.strip()) - shift, n));
    }
    return new DemoQuestion(id, type, f[2], List.copyOf(rotated), correct);
  }

  private static List<String> list(String csv) {
    return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
  }
}
