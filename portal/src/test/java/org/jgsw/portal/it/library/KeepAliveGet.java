package org.jgsw.portal.it.library;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GET requests over one kept-alive HTTP/1.1 connection, as a load-testing client (curl, wrk) makes
 * them: the request in one write with TCP_NODELAY, the answer read by its {@code Content-Length} or
 * chunks, the connection opened again when the server closes it. For {@link LibraryHttpBenchmark}
 * only, whose figures are the server's: the JDK's {@code HttpURLConnection} added about 0.6 ms a call
 * of its own on this machine (a static 15 KB file: 0.90 ms p50 through it, 0.27 ms through this
 * client, 0.24 ms through curl), the asynchronous {@code HttpClient} more.
 */
final class KeepAliveGet implements AutoCloseable {

  /** Status, headers (names in lower case; the last of a repeated one) and body of an answer. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private final String host;
  private final int port;
  private final String authorization;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  /** Requests to {@code server}'s host and port, each with the {@code Authorization} header given (null: none). */
  KeepAliveGet(URI server, String authorization) {
    this.host = server.getHost();
    this.port = server.getPort() < 0 ? 80 : server.getPort();
    this.authorization = authorization;
  }

  /** The {@code Authorization} header of HTTP Basic for {@code user} and {@code password}. */
  static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** GET {@code uri}; once more on a new connection if the server had closed the kept one. */
  Answer get(URI uri) throws IOException {
    byte[] request = request(uri);
    boolean reused = socket != null;
    try {
      return exchange(request);
    } catch (EOFException | java.net.SocketException closedMeanwhile) {
      close();
      if (!reused) {
        throw closedMeanwhile;
      }
      return exchange(request);
    }
  }

  private byte[] request(URI uri) {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder s = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
        .append("\r\nAccept: application/json\r\n");
    if (authorization != null) {
      s.append("Authorization: ").append(authorization).append("\r\n");
    }
    return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private Answer exchange(byte[] request) throws IOException {
    if (socket == null) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }
    out.write(request);
    out.flush();
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    Map<String, String> headers = new HashMap<>();
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : header.substring(colon + 1).trim();
      headers.put(name, value);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closes = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
    boolean delimited = chunked || length >= 0;
    if (closes || !delimited) {
      close();
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers: none expected, skipped
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  /** One header line without its CRLF. */
  private String line() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException alreadyGone) {
        // nothing to release
      }
      socket = null;
      out = null;
      in = null;
    }
  }
}
