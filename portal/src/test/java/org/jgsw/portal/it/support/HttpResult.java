package org.jgsw.portal.it.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A response as the tests look at it: status, headers and the body as text. */
public record HttpResult(String method, URI uri, int status, HttpHeaders headers, String body) {

  public String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  public boolean isJson() {
    return contentType().toLowerCase().startsWith("application/json");
  }

  public boolean looksLikeHtml() {
    String lower = body.toLowerCase();
    return contentType().toLowerCase().contains("html") || lower.contains("<html") || lower.contains("<!doctype");
  }

  public Optional<URI> location() {
    return headers.firstValue("Location").map(uri::resolve);
  }

  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307;
  }

  /** Path of the redirect target without query, e.g. {@code /portal/login.xhtml}. */
  public String redirectPath() {
    return location().map(URI::getPath).orElse("(no Location header)");
  }

  /** One line for assertion messages: what was asked and what came back. */
  public String describe() {
    String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return method + " " + uri + " -> " + status + " [" + contentType() + "]"
        + location().map(l -> " Location: " + l).orElse("") + " body: " + excerpt.replaceAll("\\s+", " ");
  }
}
