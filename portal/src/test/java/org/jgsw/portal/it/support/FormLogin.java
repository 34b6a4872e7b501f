package org.jgsw.portal.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the login page as a browser would, without a browser: GET {@code /login.xhtml},
 * read {@code loginForm} (its action, hidden fields such as {@code jakarta.faces.ViewState}, which is
 * "stateless" for this transient view), POST it with the credentials, keep the session cookie.
 */
public final class FormLogin {

  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"loginForm\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

  private FormLogin() {}

  /** Signs in with a fresh cookie jar; fails the test unless the user reaches the home page. */
  public static PortalHttp signIn(URI context, String username, String password) {
    PortalHttp session = PortalHttp.anonymous(context);
    HttpResult posted = submit(session, username, password);
    if (!posted.isRedirect() || posted.redirectPath().endsWith("/login.xhtml")) {
      throw new AssertionError("Form login of " + username + " was refused: " + posted.describe());
    }
    HttpResult home = session.get("/home.xhtml");
    if (home.status() != 200) {
      throw new AssertionError("After form login of " + username + " the home page is not 200: " + home.describe());
    }
    return session;
  }

  /** Fills and posts the login form in {@code session}; returns the response to the POST. */
  public static HttpResult submit(PortalHttp session, String username, String password) {
    HttpResult page = session.get("/login.xhtml");
    if (page.status() != 200) {
      throw new AssertionError("Login page not served: " + page.describe());
    }
    Matcher form = FORM.matcher(page.body());
    if (!form.find()) {
      throw new AssertionError("No <form id=\"loginForm\"> on " + page.describe());
    }
    Matcher action = ACTION.matcher(form.group(0).substring(0, form.group(0).indexOf('>') + 1));
    if (!action.find()) {
      throw new AssertionError("loginForm has no action: " + form.group(0));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(1));
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group());
      if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
        fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    for (String expected : new String[] {"name=\"loginForm:username\"", "name=\"loginForm:password\"", "name=\"loginForm:submit\""}) {
      if (!form.group(1).contains(expected)) {
        throw new AssertionError("loginForm lacks the field " + expected);
      }
    }
    fields.putIfAbsent("loginForm", "loginForm");
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:submit", "");
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI target = page.uri().resolve(unescape(action.group(1)));
    return session.postForm(target, body);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.putIfAbsent(m.group(1), unescape(m.group(2)));
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
