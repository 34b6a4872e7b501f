package org.jgsw.portal.training;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * The SMTP server reminder mails go through, from the {@code portal.mail.*} settings. Off unless
 * {@code portal.mail.enabled=true}: a portal without a mail server works the same, reminders are
 * shown in the portal only.
 */
public record MailSettings(boolean enabled, String host, int port, String user, String password, boolean startTls, String from) {

  public static final MailSettings OFF = new MailSettings(false, "localhost", 25, "", "", false, "portal@localhost");

  public MailSettings {
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** Sends one plain-text UTF-8 message (Chinese subject and body) to {@code to}. */
  public void send(String to, String subject, String text) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    p.put("mail.smtp.starttls.required", String.valueOf(startTls));
    if (user.isBlank()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    return Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, password);
      }
    });
  }

  @Override
  public String toString() {
    return "MailSettings[enabled=" + enabled + ", " + host + ":" + port + (user.isBlank() ? "" : ", user " + user)
        + (startTls ? ", STARTTLS" : "") + ", from " + from + "]";
  }
}
