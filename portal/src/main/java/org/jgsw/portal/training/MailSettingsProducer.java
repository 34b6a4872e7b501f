package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** {@link MailSettings} from the {@code portal.mail.*} settings (system properties or PORTAL_MAIL_* variables). */
@ApplicationScoped
public class MailSettingsProducer {

  private static final Logger LOG = Logger.getLogger(MailSettingsProducer.class.getName());

  private MailSettings settings;

  /** Read once; a record cannot be proxied, so the producer hands out the same dependent value. */
  @Produces
  MailSettings mailSettings() {
    if (settings == null) {
      settings = read();
    }
    return settings;
  }

  private static MailSettings read() {
    Config c = ConfigProvider.getConfig();
    MailSettings settings = new MailSettings(
        c.getOptionalValue("portal.mail.enabled", Boolean.class).orElse(false),
        c.getOptionalValue("portal.mail.smtp.host", String.class).orElse(MailSettings.OFF.host()),
        c.getOptionalValue("portal.mail.smtp.port", Integer.class).orElse(MailSettings.OFF.port()),
        c.getOptionalValue("portal.mail.smtp.user", String.class).orElse(""),
        c.getOptionalValue("portal.mail.smtp.password", String.class).orElse(""),
        c.getOptionalValue("portal.mail.smtp.starttls", Boolean.class).orElse(false),
        c.getOptionalValue("portal.mail.from", String.class).orElse(MailSettings.OFF.from()));
    LOG.info(() -> settings.enabled() ? "E-mail reminders on: " + settings : "E-mail reminders off (portal.mail.enabled=false)");
    return settings;
  }
}
