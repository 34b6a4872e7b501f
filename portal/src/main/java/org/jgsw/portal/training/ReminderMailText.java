package org.jgsw.portal.training;

import java.util.List;

/** The words of a reminder mail: one message per person listing each reminder. */
final class ReminderMailText {

  private ReminderMailText() {}

  static String subject(int reminders) {
    return reminders == 1 ? "【学习提醒】您有 1 条课程截止提醒" : "【学习提醒】您有 " + reminders + " 条课程截止提醒";
  }

  static String body(String name, List<String> messages) {
    StringBuilder text = new StringBuilder();
    text.append(name == null || name.isBlank() ? "您好" : name + "，您好").append("：\n\n");
    for (int i = 0; i < messages.size(); i++) {
      text.append(i + 1).append(". ").append(messages.get(i)).append('\n');
    }
    text.append("\n请登录机关事务知识与培训门户，在“我的学习”中完成学习。\n")
        .append("（本邮件由系统自动发送，请勿回复。）\n");
    return text.toString();
  }
}
