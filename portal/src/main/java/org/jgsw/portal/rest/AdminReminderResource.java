package org.jgsw.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.ReminderMailDto;
import org.jgsw.portal.training.MailSettings;
import org.jgsw.portal.training.ReminderMails;

/** Deadline reminders for administrators: the mail settings in force, and a run on demand (e.g. after changing them). */
@Path("admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "系统管理")
public class AdminReminderResource {

  @Inject ReminderMails reminders;
  @Inject MailSettings mail;

  @GET
  @Operation(summary = "截止提醒邮件是否开启及所用的邮件服务器（不含密码）")
  public ReminderMailDto settings() {
    return new ReminderMailDto(mail.enabled(), mail.toString(), null, null, null);
  }

  @POST
  @Path("run")
  @Operation(summary = "立即生成到期的截止提醒，并在开启邮件时发送未发送的提醒邮件（平时每天 6:30 生成、每小时发送）")
  public ReminderMailDto runNow() {
    int people = reminders.storeDueReminders();
    ReminderMails.Outcome sent = reminders.mailPending();
    return new ReminderMailDto(mail.enabled(), mail.toString(), people, sent.mailsSent(), sent.mailsFailed());
  }
}
