package org.jgsw.portal.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP port for the start-up message. Payara Micro does not tell a deployed application its
 * port during deployment, so unless {@code portal.http.port} is set we read the {@code --port}
 * option from the launching command line; Payara Micro's default is 8080.
 */
final class HttpPort {

  private static final Pattern PORT_OPTION = Pattern.compile("--port[ =](\\d{1,5})\\b");

  private HttpPort() {}

  static int fromCommandLine() {
    return fromCommandLine(System.getProperty("sun.java.command", ""));
  }

  static int fromCommandLine(String commandLine) {
    Matcher m = PORT_OPTION.matcher(commandLine == null ? "" : commandLine);
    return m.find() ? Integer.parseInt(m.group(1)) : 8080;
  }
}
