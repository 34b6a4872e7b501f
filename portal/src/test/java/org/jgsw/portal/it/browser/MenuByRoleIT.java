package org.jgsw.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each demo role signs in through the browser and sees exactly its menu entries (screenshots for people). */
class MenuByRoleIT extends BrowserITBase {

  static Stream<Arguments> menus() {
    return Stream.of(
        Arguments.of(Caller.STAFF, List.of("navLearning", "navMyCompetency", "navLibrary")),
        Arguments.of(Caller.SUPERVISOR, List.of("navLearning", "navMyCompetency", "navLibrary", "navTeam")),
        Arguments.of(Caller.HR, List.of("navLearning", "navMyCompetency", "navCompetency", "navMatching", "navLibrary", "navCockpit")),
        Arguments.of(Caller.TRAINER, List.of("navLearning", "navMyCompetency", "navTraining", "navLibrary", "navCockpit")),
        Arguments.of(Caller.LIBRARIAN, List.of("navLearning", "navMyCompetency", "navLibrary")),
        Arguments.of(Caller.ADMIN, List.of("navLearning", "navMyCompetency", "navLibrary", "navAdmin", "navCockpit")),
        Arguments.of(Caller.LEADER, List.of("navLearning", "navMyCompetency", "navLibrary", "navCockpit")));
  }

  @ParameterizedTest(name = "[{0}] menu shows {1}")
  @MethodSource("menus")
  void eachRoleSeesExactlyItsMenu(Caller caller, List<String> expected) {
    PortalPage home = login(caller.username(), caller.password());

    assertThat(driver().getCurrentUrl()).contains("/home.xhtml");
    screenshot("menu-" + caller.label());
    assertThat(home.menuEntries()).as("menu of " + caller).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(home.htmlLang()).startsWith("zh");
  }
}
