package org.jgsw.portal.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal SMTP server for tests: speaks enough of RFC 5321 for Jakarta Mail (EHLO, MAIL, RCPT,
 * DATA, QUIT) on a free local port and keeps each message it receives. The mail server is the one
 * truly external part of reminder mails; everything on the portal's side runs for real.
 */
final class RecordingSmtpServer implements AutoCloseable {

  record Received(String from, List<String> to, String data) {}

  private final ServerSocket socket;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;
  private volatile boolean refuseRecipients;

  RecordingSmtpServer() throws IOException {
    socket = new ServerSocket(0);
    thread = new Thread(this::serve, "test-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Answers RCPT with 550 from now on, as a server refusing the address would. */
  void refuseRecipients() {
    refuseRecipients = true;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed, or the client went away: wait for the next one
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    reply(out, "220 test-smtp ready");
    String from = null;
    List<String> to = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (verb) {
        case "EHLO", "HELO" -> reply(out, "250 test-smtp");
        case "MAIL" -> {
          from = line.substring(line.indexOf(':') + 1).trim();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          if (refuseRecipients) {
            reply(out, "550 no such user");
          } else {
            to.add(line.substring(line.indexOf(':') + 1).trim());
            reply(out, "250 OK");
          }
        }
        case "DATA" -> {
          reply(out, "354 end with <CRLF>.<CRLF>");
          StringBuilder data = new StringBuilder();
          String l;
          while ((l = in.readLine()) != null && !l.equals(".")) {
            data.append(l.startsWith("..") ? l.substring(1) : l).append('\n');
          }
          received.add(new Received(from, List.copyOf(to), data.toString()));
          to.clear();
          reply(out, "250 OK queued");
        }
        case "RSET", "NOOP" -> reply(out, "250 OK");
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
