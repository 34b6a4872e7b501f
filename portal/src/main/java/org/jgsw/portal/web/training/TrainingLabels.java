package org.jgsw.portal.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CreditLedger;
import org.jgsw.course.domain.CreditRequirementProgress;
import org.jgsw.course.domain.NotificationKind;
import org.jgsw.course.domain.PersonCategory;
import org.jgsw.course.domain.PlanPeriod;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.ReminderRule;
import org.jgsw.course.domain.TrainingPlan;
import org.jgsw.portal.web.shared.Messages;

/**
 * Training texts the course module composes in Chinese (course categories, ledger requirements, the
 * credit and reminder rules, plan periods, targets and the assignment rule), written in the user's
 * language from the training bundle. The module's own Chinese texts stay for the REST API,
 * certificates and exports; codes and names inside them (units, posts, ranks) are data.
 */
@Named
@RequestScoped
public class TrainingLabels {

  /** The training pages' bundle (EL name {@code trn}). */
  static final String BUNDLE = "org.jgsw.portal.i18n.training";

  @Inject Messages messages;

  /** “通用” / “General”, or the special kind with its business domain (“专项·公务用车”). */
  public String category(CourseCategory category) {
    if (category == null) {
      return "";
    }
    String kind = text("enum.CourseCategory." + category.kind().name());
    return category.kind() == CourseCategory.Kind.GENERAL ? kind : kind + "·" + category.businessDomain();
  }

  public String personCategory(PersonCategory category) {
    return messages.label(BUNDLE, category);
  }

  public String requirementName(CreditRequirementProgress requirement) {
    return text("ledger.requirement." + requirement.kind().name() + ".name");
  }

  /** The requirement sentence with the ledger's year, the policy's figures and the days attended. */
  public String requirementStatement(CreditLedger ledger, CreditRequirementProgress requirement) {
    return text("ledger.requirement." + requirement.kind().name(), ledger.year(), requirement.required().value(),
        ledger.policy().concentratedDaysPerYear(), ledger.concentratedDays(), ledger.windowStartYear());
  }

  public String creditRules() {
    return text("learning.creditRules");
  }

  /** “Reminders 7, 1 days before the deadline, and once more when overdue …” from the rule's figures. */
  public String reminderRule(ReminderRule rule) {
    String days = rule.daysBefore().stream().sorted((a, b) -> b - a).map(String::valueOf)
        .collect(Collectors.joining(text("list.separator")));
    return text("learning.reminderRule", days, rule.remindWhenOverdue() ? 1 : 0);
  }

  /** A stored reminder's kind (saved as its Chinese label) in the user's language; unknown labels as stored. */
  public String reminderKind(String storedLabel) {
    return Arrays.stream(NotificationKind.values()).filter(k -> k.label().equals(storedLabel)).findFirst()
        .map(k -> messages.label(BUNDLE, k)).orElse(storedLabel);
  }

  /** “2026 年度” / “Year 2026”, or “2026-03-01 至 2026-06-30” / “2026-03-01 to 2026-06-30”. */
  public String planPeriod(PlanPeriod period) {
    return period.isWholeYear() ? text("plan.period.year", period.start().getYear())
        : text("plan.period.span", period.start().toString(), period.end().toString());
  }

  /** Who a plan is for, such as “全员；职级：一级科员” / “All staff; ranks: 一级科员”. */
  public String planTarget(PlanTarget target) {
    List<String> parts = new ArrayList<>();
    if (target.allStaff()) {
      parts.add(text("plan.target.all"));
    }
    addList(parts, "plan.target.units", target.unitIds());
    addList(parts, "plan.target.posts", target.postCodes());
    if (!target.personIds().isEmpty()) {
      parts.add(text("plan.target.people", target.personIds().size()));
    }
    addList(parts, "plan.target.ranks", target.ranks());
    addList(parts, "plan.target.channels", target.entryChannels());
    return String.join(text("plan.target.separator"), parts);
  }

  public String assignmentRule(TrainingPlan plan) {
    return text("plan.assignmentRule", plan.newcomerDays());
  }

  private void addList(List<String> parts, String key, Collection<String> values) {
    if (!values.isEmpty()) {
      parts.add(text(key, String.join(text("list.separator"), values)));
    }
  }

  private String text(String key, Object... arguments) {
    return messages.text(BUNDLE, key, arguments);
  }
}
