package org.jgsw.portal.config.demo.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.HardConditions;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;

/**
 * Post competency models of 16 demo posts (岗位胜任力模型), written for the bureau's work. The
 * vehicle-dispatch post (P-GWYC-DD, 李明's post) has two versions: v1 archived, v2 in use.
 */
public final class DemoModels {

  public static final String DISPATCH = "P-GWYC-DD";
  public static final String RECEPTION = "P-JD-LY";
  public static final String ENERGY = "P-JN-GL";
  public static final String IT = "P-BGS-XXH";
  public static final String MEETING = "P-JD-HW";

  /** Leadership posts, each above the other posts of its department (talent pipeline). */
  public static final Map<String, String> LEADERSHIP_BY_UNIT = Map.of("AH-GWYC", "P-GWYC-CZ", "AH-BGS", "P-BGS-ZR", "AH-RSC", "P-RSC-ZR");

  private static final String CPC = "中共党员";

  private final Map<CompetencyCode, Competency> dictionary;

  public DemoModels(Map<CompetencyCode, Competency> dictionary) {
    this.dictionary = dictionary;
  }

  /** v1 of the dispatch post's model, published first and archived when v2 is published. */
  public PostModel dispatchV1() {
    return model(DISPATCH, HardConditions.none().withMinimumEducation(EducationLevel.BACHELOR).withAgeRange(22, 35), false,
        "PRO-VEH-DISPATCH:3:3:M", "PRO-VEH-SAFETY:2:2", "GEN-SERV:3:2", "GEN-COMM:3:2", "GEN-LAW:2:1.5", "GEN-INTEG:3:1.5:M");
  }

  /** Every other model (published), including v2 of the dispatch post. */
  public List<PostModel> published() {
    List<PostModel> list = new ArrayList<>();
    HardConditions bachelor = HardConditions.none().withMinimumEducation(EducationLevel.BACHELOR);
    list.add(model("P-GWYC-CZ", bachelor.withMinimumYearsOfExperience(8).withRequiredPoliticalStatuses(List.of(CPC)), false,
        "GEN-LEAD:4:3:M", "GEN-POL:4:2:M", "PRO-VEH-DISPATCH:4:2", "PRO-VEH-ESTAB:4:2", "GEN-LAW:4:2", "GEN-COMM:4:1.5", "GEN-WRITE:3:1"));
    list.add(model("P-GWYC-BZ", bachelor, false,
        "PRO-VEH-ESTAB:3:3:M", "GEN-LAW:3:2", "PRO-ASSET-ALLOC:2:1.5", "GEN-WRITE:3:1", "GEN-COMM:2:1"));
    list.add(model("P-BGYF-PZ", bachelor, false,
        "PRO-SPACE-ALLOC:3:3:M", "GEN-LAW:3:2", "GEN-INTEG:3:1.5", "GEN-COMM:3:1.5", "PRO-ASSET-ALLOC:2:1"));
    list.add(model("P-BGYF-WX", HardConditions.none().withAllowedMajorFamilies(List.of("工学", "管理学")), false,
        "PRO-SPACE-MAINT:3:3:M", "PRO-SPACE-SAFE:3:2", "PRO-PROCURE:2:1.5", "GEN-EXEC:3:1"));
    list.add(model(ENERGY, bachelor.withAllowedMajorFamilies(List.of("工学", "理学", "管理学")).withAgeRange(22, 40), false,
        "PRO-ENERGY-MGMT:3:3:M", "PRO-ENERGY-STAT:3:2", "PRO-ENERGY-TECH:2:1.5", "GEN-LEARN:3:1", "GEN-COMM:2:1"));
    list.add(model("P-JN-NH", HardConditions.none(), false,
        "PRO-ENERGY-STAT:3:3:M", "PRO-IT-APP:3:2", "PRO-ENERGY-MGMT:2:1.5", "GEN-EXEC:3:1"));
    list.add(model(RECEPTION, bachelor.withAgeRange(22, 40), false,
        "PRO-RECEP-ETIQ:3:3:M", "PRO-RECEP-STD:3:2.5:M", "GEN-SERV:3:2", "GEN-COMM:3:2", "GEN-CONF:3:1.5", "GEN-INTEG:3:1.5"));
    // 会务 lets surplus compensate: an experienced event organiser's extra level in one area matters here.
    list.add(model(MEETING, HardConditions.none(), true,
        "PRO-MEETING:3:3:M", "GEN-SERV:3:2", "GEN-EMERG:3:2", "PRO-IT-APP:2:1", "GEN-TEAM:3:1"));
    list.add(model("P-ZC-PZ", bachelor.withAllowedMajorFamilies(List.of("管理学", "经济学", "法学")), false,
        "PRO-ASSET-ALLOC:3:3:M", "GEN-LAW:3:2", "PRO-ASSET-INV:2:1.5", "PRO-PROCURE:2:1.5", "GEN-INTEG:3:1.5"));
    list.add(model("P-HQ-WY", HardConditions.none(), false,
        "PRO-PROP-MGMT:3:3:M", "PRO-SPACE-SAFE:2:2", "GEN-SERV:3:2", "GEN-EMERG:2:1"));
    list.add(model(IT, bachelor.withAllowedMajorFamilies(List.of("工学", "理学")).withAgeRange(22, 40), false,
        "PRO-IT-APP:4:3:M", "PRO-IT-SEC:3:2.5:M", "GEN-LEARN:3:1.5", "GEN-CONF:3:1", "GEN-COMM:2:1"));
    list.add(model("P-RSC-GB", HardConditions.none().withRequiredPoliticalStatuses(List.of(CPC)), false,
        "PRO-HR-CADRE:3:3:M", "GEN-POL:3:2:M", "GEN-CONF:3:2", "GEN-WRITE:3:1.5", "GEN-LAW:2:1"));
    list.add(model("P-CWC-KJ", HardConditions.none().withAllowedMajorFamilies(List.of("管理学", "经济学")), false,
        "PRO-FIN-ACCT:3:3:M", "GEN-INTEG:3:2", "PRO-FIN-BUDGET:2:1.5", "GEN-LAW:2:1"));
    list.add(model("P-BGS-ZR", bachelor.withMinimumYearsOfExperience(8).withRequiredPoliticalStatuses(List.of(CPC)), false,
        "GEN-LEAD:4:3:M", "GEN-POL:4:2:M", "GEN-WRITE:4:2.5", "GEN-COMM:4:2", "GEN-CONF:4:1.5"));
    list.add(model("P-RSC-ZR", bachelor.withMinimumYearsOfExperience(8).withRequiredPoliticalStatuses(List.of(CPC)), false,
        "GEN-LEAD:4:3:M", "GEN-POL:4:2:M", "PRO-HR-CADRE:4:2.5", "PRO-HR-TRAIN:3:1.5"));
    return list;
  }

  /** v2 of the dispatch model: adds platform skills (信息化应用) and emergency handling. */
  public PostModel.Builder dispatchV2(PostModel v1InUse) {
    PostModel.Builder b = v1InUse.edit();
    b.require(dictionary.get(CompetencyCode.of("PRO-IT-APP")), 2, 1, false);
    b.require(dictionary.get(CompetencyCode.of("GEN-EMERG")), 2, 1, false);
    return b;
  }

  /** Requirements as "CODE:level:weight[:M]" (M = must-have). */
  private PostModel model(String post, HardConditions conditions, boolean compensates, String... requirements) {
    PostModel.Builder b = PostModel.draft(PostId.of(post)).hardConditions(conditions).overQualificationCompensates(compensates);
    for (String r : requirements) {
      String[] p = r.split(":");
      Competency c = dictionary.get(CompetencyCode.of(p[0]));
      if (c == null) {
        throw new IllegalStateException("Demo model " + post + " names an unknown competency " + p[0]);
      }
      b.require(c, Integer.parseInt(p[1]), Double.parseDouble(p[2]), p.length > 3);
    }
    return b.build();
  }
}
