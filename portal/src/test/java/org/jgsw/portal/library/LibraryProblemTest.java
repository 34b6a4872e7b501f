package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LibraryProblemTest {

  private final List<LibraryProblem> twoProblems = List.of(
      LibraryProblem.of("title", "problem.title.required"), LibraryProblem.of("region", "problem.region.required"));

  @Test
  void severalProblemsReadAsConsecutiveChineseSentences() {
    assertThat(LibraryProblem.messages(twoProblems, Locale.SIMPLIFIED_CHINESE)).isEqualTo("标题不能为空。地区不能为空（全国、省或市）。");
  }

  @Test
  void severalProblemsReadAsConsecutiveEnglishSentences() {
    assertThat(LibraryProblem.messages(twoProblems, Locale.ENGLISH))
        .isEqualTo("A title is required. The region is required (全国, a province or a city).");
  }

  @Test
  void oneProblemIsItsOwnMessage() {
    assertThat(LibraryProblem.messages(twoProblems.subList(0, 1), Locale.ENGLISH)).isEqualTo("A title is required.");
  }
}
