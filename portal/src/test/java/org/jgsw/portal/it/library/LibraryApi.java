package org.jgsw.portal.it.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.testdata.Caller;

/** Calls of the library API as one demo user (HTTP Basic), with the request bodies the library takes. */
final class LibraryApi {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI context;
  private final String authorization;

  LibraryApi(URL portal, Caller caller) {
    String base = portal.toString();
    this.context = URI.create(base.endsWith("/") ? base : base + "/");
    this.authorization = caller.isAnonymous() ? null
        : "Basic " + Base64.getEncoder().encodeToString((caller.username() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
  }

  HttpResult importLines(String ndjson) {
    return send(HttpRequest.newBuilder(context.resolve("api/library/import")).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)));
  }

  HttpResult create(String json) {
    return send(HttpRequest.newBuilder(context.resolve("api/library/documents")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  HttpResult get(String path) {
    return send(HttpRequest.newBuilder(context.resolve(path)).GET());
  }

  /** GET /api/search with the query text and further parameters (name, value, name, value …). */
  HttpResult search(String q, String... params) {
    StringBuilder url = new StringBuilder("api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < params.length; i += 2) {
      url.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return get(url.toString());
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> hits(HttpResult result) {
    return (List<Map<String, Object>>) JsonBody.object(result).get("hits");
  }

  private HttpResult send(HttpRequest.Builder builder) {
    builder.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpResult(request.method(), request.uri(), r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
