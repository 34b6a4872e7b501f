package org.jgsw.portal.it.browser;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.ItSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Shared base of the browser tests: one headless Chromium per test class with a fresh profile in
 * Chinese (the portal's first language), a clean cookie jar before each test, {@link #open} and
 * {@link #login}. Page objects ({@link LoginPage}, {@link PortalPage}) hold the element ids.
 */
@PortalIT
@RunAsClient
abstract class BrowserITBase {

  static final Duration WAIT = Duration.ofSeconds(15);

  private static WebDriver driver;
  private static Path profile;

  @ArquillianResource URL portal;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeFalse(ItSettings.browserTestsSkipped(), "browser tests switched off with -Dit.browser.skip=true");
    File chromium = new File(ItSettings.chromiumBinary());
    File chromedriver = new File(ItSettings.chromedriver());
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException("Browser tests need " + chromium + " and " + chromedriver
          + " (apt-get install chromium chromium-driver fonts-wqy-microhei), or -Dit.browser.skip=true");
    }
    profile = Files.createTempDirectory("portal-it-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900", "--lang=zh-CN",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver)
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @BeforeEach
  void newSession() {
    // cookies belong to the portal's origin: visit it, then forget the session
    open("/login.xhtml");
    driver.manage().deleteAllCookies();
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Opens a page of the portal; {@code path} is relative to the context root. */
  void open(String path) {
    driver.get(url(path));
  }

  String url(String path) {
    return URI.create(portal.toString().replaceAll("/?$", "/")).resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }

  /** Signs in through the login page and returns the page the portal lands on. */
  PortalPage login(String username, String password) {
    open("/login.xhtml");
    return new LoginPage(this).signIn(username, password);
  }

  /** Saves {@code screenshots/<name>.png} under the build directory, for people to look at. */
  void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(ItSettings.screenshotDir());
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
