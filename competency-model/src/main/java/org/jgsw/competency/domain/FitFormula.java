package org.jgsw.competency.domain;

/**
 * The fit score (匹配度) formula, stated once for code, tests and pages.
 *
 * <p>For each requirement <i>i</i> of a model: required level r<sub>i</sub> (1–5), weight
 * w<sub>i</sub> &gt; 0, and the person's current level c<sub>i</sub> (0 when there is none).
 *
 * <pre>
 *   W        = Σ wᵢ·rᵢ                                   (the model's total required points)
 *   lostᵢ    = wᵢ·max(0, rᵢ − cᵢ) / W                     (points lost on requirement i)
 *   L        = Σ lostᵢ
 *   fit      = 1 − L                                      (default: surplus does not compensate)
 * </pre>
 *
 * When the model allows over-qualification to compensate ({@code overQualificationCompensates}):
 *
 * <pre>
 *   gainedᵢ  = wᵢ·min(1, max(0, cᵢ − rᵢ)) / W             (at most one surplus level per competency counts)
 *   S        = Σ gainedᵢ
 *   offset   = min(S, L / 2)                              (surplus offsets at most half of the points lost)
 *   fit      = 1 − L + offset
 * </pre>
 *
 * So 0 ≤ fit ≤ 1; fit is 1 exactly when every requirement is met; with compensation a person who
 * falls short somewhere still stays below 1. Must-haves and hard conditions are not part of the score:
 * they decide eligibility. Ranking compares fits to 9 decimal places, then fewer unproven levels,
 * then name, then ID.
 */
public final class FitFormula {

  /** The default formula, as shown on the matching page. */
  public static final String STATEMENT =
      "匹配度 = 1 − Σ(权重 × max(0, 要求等级 − 实际等级)) ÷ Σ(权重 × 要求等级)。"
          + "某项能力的失分 = 权重 × max(0, 要求等级 − 实际等级) ÷ Σ(权重 × 要求等级)；未评定的能力按 0 级计算；"
          + "超出要求的等级不抵补其他能力的差距。门槛能力和硬性条件不计分，只决定是否具备资格。";

  /** The addition for models that let over-qualification compensate, as shown on the page. */
  public static final String COMPENSATION_STATEMENT =
      "本模型允许超配抵补：每项能力超出要求的部分最多按 1 级计，得分 = 权重 × min(1, max(0, 实际等级 − 要求等级)) ÷ Σ(权重 × 要求等级)；"
          + "抵补额 = min(各项得分之和, 失分之和 ÷ 2)，匹配度 = 1 − 失分之和 + 抵补额。";

  /** How many surplus levels per competency may count when compensation is on. */
  public static final int MAX_SURPLUS_LEVELS_PER_COMPETENCY = 1;

  /** The largest share of the points lost that surplus may offset when compensation is on. */
  public static final double MAX_OFFSET_SHARE_OF_LOSS = 0.5;

  private FitFormula() {}

  /** The statement that applies to {@code model}. */
  public static String statementFor(PostModel model) {
    return model.overQualificationCompensates() ? STATEMENT + COMPENSATION_STATEMENT : STATEMENT;
  }

  /** {@code offset} for the given sums: min(S, L × {@value #MAX_OFFSET_SHARE_OF_LOSS}). */
  static double offset(double surplusPoints, double pointsLost) {
    return Math.min(surplusPoints, pointsLost * MAX_OFFSET_SHARE_OF_LOSS);
  }
}
