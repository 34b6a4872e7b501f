package org.jgsw.portal.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jgsw.portal.security.JsonError;

/**
 * Lets at most a few API reads run at once and queues the rest in arrival order.
 *
 * <p>Why: API reads are short and CPU-bound. When fifty arrive together on a two-core machine,
 * running all fifty at once shares the CPU among them, so every answer waits for nearly all the
 * others and the slowest pay most (the tail grows with the spread of the work). Served a few at a
 * time, first come first served, each answer waits only for those ahead of it: the same throughput
 * with a much shorter tail. Writes (imports, uploads) are left alone; they are rare and may be long.
 * A read that cannot start within {@link #MAX_WAIT_SECONDS} gets 503 with Retry-After.
 *
 * <p>{@code portal.api.max-concurrent-reads} sets the number; 0 (the default) means twice the
 * number of processors, at least four.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiReadAdmission extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiReadAdmission.class.getName());
  static final int MAX_WAIT_SECONDS = 30;

  private transient Semaphore permits;

  public ApiReadAdmission() {}

  /** With a fixed number of permits (tests); {@link #init} does not replace them. */
  ApiReadAdmission(int permits) {
    this.permits = new Semaphore(permits, true);
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    if (permits != null) {
      return;
    }
    int configured = ConfigProvider.getConfig()
        .getOptionalValue("portal.api.max-concurrent-reads", Integer.class).orElse(0);
    int n = permitsFor(configured, Runtime.getRuntime().availableProcessors());
    permits = new Semaphore(n, true);
    LOG.info(() -> "API reads: at most " + n + " at once, the rest queued in arrival order");
  }

  static int permitsFor(int configured, int processors) {
    return configured > 0 ? configured : Math.max(4, 2 * processors);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    boolean admitted;
    try {
      admitted = permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      busy(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  private static void busy(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(
        JsonError.of(503, "Service Unavailable", "服务器繁忙，请稍后重试").getBytes(StandardCharsets.UTF_8));
  }
}
