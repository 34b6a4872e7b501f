package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A signed-in browser session without a browser, for the training pages: form login, pages parsed
 * with jsoup, binary downloads (Excel, PDF) and JSF form posts — URL-encoded, or multipart when a
 * file is attached. Redirects are not followed, so a test sees a redirect to the login page.
 */
public final class PageSession {

  /** A response with its body as bytes. */
  public record Response(int status, String contentType, byte[] body, URI uri) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public Document page() {
      return Jsoup.parse(text(), uri.toString());
    }
  }

  private final URI context;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  private PageSession(URI context) {
    this.context = context;
  }

  static PageSession anonymous(URL portal) {
    return new PageSession(URI.create(portal.toString().endsWith("/") ? portal.toString() : portal + "/"));
  }

  public static PageSession signIn(URL portal, String username, String password) {
    PageSession s = anonymous(portal);
    JsfForm login = JsfForm.of(s.get("login.xhtml"), "loginForm");
    login.set("loginForm:username", username).set("loginForm:password", password);
    Response posted = s.submit(login, "loginForm:submit");
    assertThat(posted.status()).as("login of " + username).isIn(302, 303);
    return s;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(context.resolve(path.startsWith("/") ? path.substring(1) : path)).GET());
  }

  /** Posts the form as if {@code button} (a client id) was clicked; multipart when a file is attached. */
  Response submit(JsfForm form, String button) {
    Map<String, List<String>> fields = form.fields();
    fields.put(button, List.of(button));
    HttpRequest.Builder b = HttpRequest.newBuilder(form.action());
    if (form.files().isEmpty()) {
      String body = fields.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
          .collect(Collectors.joining("&"));
      b.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      String boundary = "----it" + UUID.randomUUID();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fields.forEach((k, values) -> values.forEach(v -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
          + "\"\r\n\r\n" + v + "\r\n")));
      form.files().forEach((k, f) -> {
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"; filename=\"" + f.name()
            + "\"\r\nContent-Type: " + f.type() + "\r\n\r\n");
        out.writeBytes(f.content());
        write(out, "\r\n");
      });
      write(out, "--" + boundary + "--\r\n");
      b.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }
    return send(b);
  }

  private Response send(HttpRequest.Builder b) {
    HttpRequest request = b.header("Accept-Language", "zh-CN,zh;q=0.9").timeout(Duration.ofSeconds(60)).build();
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), request.uri());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
