package org.jgsw.portal.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests: a fresh profile in Chinese (the portal's first
 * language), the flags this machine needs (no sandbox as root, no background networking on a closed
 * network), and clean-up of the profile on {@link #close()}. One per test class.
 */
public final class HeadlessChromium implements AutoCloseable {

  private final WebDriver driver;
  private final Path profile;

  private HeadlessChromium(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with a 1280×900 window; {@code name} labels the temporary profile. */
  public static HeadlessChromium start(String name) {
    return start(name, 1280, 900);
  }

  public static HeadlessChromium start(String name, int width, int height) {
    File chromium = new File(ItSettings.chromiumBinary());
    File chromedriver = new File(ItSettings.chromedriver());
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException("Browser tests need " + chromium + " and " + chromedriver
          + " (apt-get install chromium chromium-driver fonts-wqy-microhei), or -Dit.browser.skip=true");
    }
    try {
      Path profile = Files.createTempDirectory("portal-it-" + name + "-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--window-size=" + width + "," + height, "--lang=zh-CN",
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(chromedriver)
          .usingAnyFreePort()
          .build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new HeadlessChromium(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
