package org.jgsw.portal.rest.dto;

/**
 * E-mail reminders: whether they are on and through which server (never the password), and the
 * outcome of the last run (people whose reminders were brought up to date, mails sent and failed).
 */
public record ReminderMailDto(boolean mailEnabled, String server, Integer peopleChecked, Integer mailsSent, Integer mailsFailed) {}
