package org.jgsw.portal.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Logs the start-up banner (URL, demo logins) once the login page answers. The start-up beans
 * that compose it run well before the server takes requests, and someone who opens the URL the
 * moment it is printed should get the login page, not a 404. Gives up waiting after two minutes
 * and logs it anyway (a proxy or firewall may keep the server from reaching itself).
 */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

  @Inject StartupData startup;
  @Resource ManagedExecutorService executor;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String banner = startup.banner();
    String loginPage = startup.loginPage();
    executor.submit(() -> {
      waitUntilAnswering(loginPage);
      LOG.info(() -> banner);
    });
  }

  private static void waitUntilAnswering(String url) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    while (System.nanoTime() < giveUpAt) {
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
