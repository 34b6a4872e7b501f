package org.jgsw.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the built WAR as a child process, started the way the README tells operators:
 * {@code java -jar payara-micro.jar --nocluster --port P --deploy portal.war --contextroot portal}.
 * Every wait is bounded; {@link #close()} always ends the process (and anything it started).
 */
public final class PayaraMicroProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;
  /** Ends the server if the test JVM itself is stopped before {@link #close()}. */
  private final Thread killOnExit;

  private PayaraMicroProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.killOnExit = new Thread(process::destroyForcibly, "kill-payara-micro-" + port);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Starts the server and waits until {@code /health/ready} says UP. */
  public static PayaraMicroProcess start(Path dataDir, Path log, String... systemProperties) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(ItSettings.serverOpts().trim().split("\\s+")));
    command.add("-Dportal.data.dir=" + dataDir);
    command.addAll(List.of(systemProperties));
    command.addAll(List.of("-jar", ItSettings.payaraMicroJar().toString(),
        "--nocluster", "--port", String.valueOf(port),
        "--deploy", ItSettings.war().toString(), "--contextroot", "portal"));
    Process process;
    try {
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    PayaraMicroProcess server = new PayaraMicroProcess(process, port, log);
    try {
      server.awaitReady();
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  public URI context() {
    return URI.create("http://localhost:" + port + "/portal/");
  }

  private void awaitReady() {
    PortalHttp http = PortalHttp.anonymous(context());
    URI ready = http.serverRoot().resolve("/health/ready");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String last = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("Payara Micro exited with " + process.exitValue() + " before it was ready; see " + log);
      }
      try {
        HttpResult result = http.getAbsolute(ready);
        if (result.status() == 200 && result.body().contains("\"UP\"")) {
          return;
        }
        last = result.describe();
      } catch (UncheckedIOException notListeningYet) {
        last = notListeningYet.getMessage();
      }
      sleep(Duration.ofMillis(500));
    }
    throw new AssertionError("Payara Micro not ready within " + START_TIMEOUT + " (" + last + "); see " + log);
  }

  /** Stops the server: a normal shutdown first (so H2 closes its files), forcibly if it hangs. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDownAlready) {
        // the hook runs anyway
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
