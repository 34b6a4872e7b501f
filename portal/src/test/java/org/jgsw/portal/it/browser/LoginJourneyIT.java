package org.jgsw.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/** Sign-in failures, sign-out and the language switch, as a user in the browser sees them. */
class LoginJourneyIT extends BrowserITBase {

  @Test
  void wrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
    open("/login.xhtml");
    LoginPage page = new LoginPage(this).submit(Caller.LIBRARIAN.username(), "certainly-wrong");

    screenshot("login-failed");
    assertThat(LoginPage.isShown(this)).as("still on the login page: " + driver().getCurrentUrl()).isTrue();
    assertThat(page.errors()).as("messages of the login form").anySatisfy(m -> assertThat(m).contains("用户名或密码错误"));

    // the right password still works (and resets the failure count of the demo account)
    login(Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password());
    assertThat(driver().getCurrentUrl()).contains("/home.xhtml");
  }

  @Test
  void logoutEndsTheSession() {
    login(Caller.STAFF.username(), Caller.STAFF.password()).logout();

    assertThat(driver().getPageSource()).contains("您已安全退出");
    open("/home.xhtml");
    assertThat(LoginPage.isShown(this)).as("home after logout leads to login: " + driver().getCurrentUrl()).isTrue();
  }

  @Test
  void languageSwitchToEnglishAndBack() {
    PortalPage home = login(Caller.HR.username(), Caller.HR.password());
    assertThat(home.menuText("navLearning")).isEqualTo("我的学习");

    PortalPage english = home.switchToEnglish();
    screenshot("home-hr-english");
    assertThat(english.menuText("navLearning")).isEqualTo("My learning");
    assertThat(english.menuText("navCompetency")).isEqualTo("Competency models");
    assertThat(english.menuText("navMatching")).isEqualTo("Talent matching");
    assertThat(english.menuText("navLibrary")).isEqualTo("Library");

    PortalPage chinese = english.switchToChinese();
    assertThat(chinese.menuText("navLibrary")).isEqualTo("资料库");
  }
}
