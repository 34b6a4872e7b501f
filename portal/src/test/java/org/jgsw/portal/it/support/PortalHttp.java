package org.jgsw.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain {@link HttpClient} calls against the running portal, without following redirects so that
 * tests see them. {@link #basic} calls the REST API with HTTP Basic credentials; each instance has
 * its own cookie jar, which {@link FormLogin} uses for page sessions.
 */
public class PortalHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI context;
  private final HttpClient client;
  private String authorization;

  private PortalHttp(URI context, String authorization) {
    this.context = context;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** No credentials and an empty cookie jar. {@code contextUrl} is the portal's {@code /portal/} URL. */
  public static PortalHttp anonymous(URL contextUrl) {
    return new PortalHttp(toUri(contextUrl), null);
  }

  public static PortalHttp anonymous(URI contextUri) {
    return new PortalHttp(contextUri, null);
  }

  /** Sends {@code Authorization: Basic} with every request. */
  public static PortalHttp basic(URL contextUrl, String username, String password) {
    return basic(toUri(contextUrl), username, password);
  }

  public static PortalHttp basic(URI contextUri, String username, String password) {
    String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new PortalHttp(contextUri, "Basic " + token);
  }

  /** The portal's context root, e.g. {@code http://localhost:8123/portal/}. */
  public URI context() {
    return context;
  }

  /** The server root, where Payara Micro serves {@code /health} and {@code /openapi}. */
  public URI serverRoot() {
    return context.resolve("/");
  }

  /** Resolves a path of the portal: {@code "home.xhtml"} and {@code "/home.xhtml"} both mean {@code /portal/home.xhtml}. */
  public URI resolve(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return context.resolve(relative);
  }

  public HttpResult get(String path) {
    return send(request(resolve(path)).GET());
  }

  public HttpResult getAbsolute(URI uri) {
    return send(request(uri).GET());
  }

  public HttpResult postJson(String path, String json) {
    return send(request(resolve(path)).header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResult postForm(URI uri, String formBody) {
    return send(request(uri).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8)));
  }

  /** Any method with a body of the given media type (PUT of JSON, POST of JSON Lines …). */
  public HttpResult send(String method, String path, String contentType, String body) {
    return send(request(resolve(path)).header("Content-Type", contentType + "; charset=UTF-8")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public HttpResult send(String method, String path) {
    return send(request(resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept-Language", "zh-CN,zh;q=0.9");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private HttpResult send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpResult(request.method(), request.uri(), response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + request.uri(), e);
    }
  }

  private static URI toUri(URL url) {
    try {
      URI uri = url.toURI();
      return uri.getPath().endsWith("/") ? uri : URI.create(uri + "/");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(url.toString(), e);
    }
  }
}
