package org.jgsw.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminder mail through Jakarta Mail (Angus) to a recording SMTP server on a local port. */
class MailSettingsTest {

  private RecordingSmtpServer smtp;

  @BeforeEach
  void start() throws Exception {
    smtp = new RecordingSmtpServer();
  }

  @AfterEach
  void stop() throws Exception {
    smtp.close();
  }

  private MailSettings settings() {
    return new MailSettings(true, "127.0.0.1", smtp.port(), "", "", false, "training@jgsw.example.gov.cn");
  }

  @Test
  void sendsAChineseReminderThatReadsBackTheSame() throws Exception {
    String body = ReminderMailText.body("张三", List.of("课程「保密管理与廉洁自律」将于 2026-12-31 截止（还有 7 天），请尽快完成学习。"));

    settings().send("zhangsan@jgsw.example.gov.cn", ReminderMailText.subject(1), body);

    assertThat(smtp.received()).hasSize(1);
    RecordingSmtpServer.Received mail = smtp.received().get(0);
    assertThat(mail.from()).contains("training@jgsw.example.gov.cn");
    assertThat(mail.to()).containsExactly("<zhangsan@jgsw.example.gov.cn>");
    MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.getSubject()).isEqualTo("【学习提醒】您有 1 条课程截止提醒");
    assertThat(((String) parsed.getContent()).replace("\r\n", "\n")).isEqualTo(body);
  }

  @Test
  void aRefusedAddressIsAnErrorTheCallerSees() {
    smtp.refuseRecipients();

    assertThatThrownBy(() -> settings().send("nobody@jgsw.example.gov.cn", "s", "t")).isInstanceOf(MessagingException.class);
    assertThat(smtp.received()).isEmpty();
  }

  @Test
  void settingsNeverShowThePassword() {
    MailSettings withLogin = new MailSettings(true, "smtp.example.gov.cn", 587, "portal", "s3cret", true, "p@example.gov.cn");
    assertThat(withLogin.toString()).contains("smtp.example.gov.cn:587", "portal", "STARTTLS").doesNotContain("s3cret");
    assertThat(MailSettings.OFF.enabled()).isFalse();
  }

  @Test
  void oneMessageListsEveryReminderNumbered() {
    String body = ReminderMailText.body("李四", List.of("第一条", "第二条"));
    assertThat(body).startsWith("李四，您好：").contains("1. 第一条\n2. 第二条\n").contains("我的学习");
    assertThat(ReminderMailText.subject(2)).isEqualTo("【学习提醒】您有 2 条课程截止提醒");
    assertThat(ReminderMailText.body(" ", List.of("x"))).startsWith("您好：");
  }
}
