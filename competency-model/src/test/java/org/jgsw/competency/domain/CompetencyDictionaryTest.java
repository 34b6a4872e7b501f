package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.jgsw.competency.testdata.SampleCompetencies;
import org.jgsw.competency.testdata.SampleModels;
import org.junit.jupiter.api.Test;

class CompetencyDictionaryTest {

  private final CompetencyDictionary dictionary = SampleCompetencies.dictionary();

  @Test
  void aCompetencyDescribesAllFiveLevels() {
    Competency dispatch = dictionary.find(SampleCompetencies.DISPATCH).orElseThrow();

    assertThat(dispatch.family()).isEqualTo(CompetencyFamily.PROFESSIONAL);
    assertThat(dispatch.indicators()).hasSize(5);
    assertThat(dispatch.indicator(ProficiencyLevel.of(3)).description()).isEqualTo("能处理临时加派和冲突");
  }

  @Test
  void aMissingLevelDescriptionIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Competency.of("GEN-X", "统筹协调", CompetencyFamily.GENERAL, "GEN", "", "一", "二", "三", "四"))
        .withMessage("能力「统筹协调」缺少第 5 级的行为描述（5 个等级都必须填写）");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Competency.of("GEN-X", "统筹协调", CompetencyFamily.GENERAL, "GEN", "", "一", "二", " ", "四", "五"))
        .withMessage("第 3 级的行为描述不能为空");
  }

  @Test
  void theTreeHasRootsChildrenAndPaths() {
    assertThat(dictionary.roots()).extracting(CompetencyGroup::name).containsExactly("通用能力", "专业技能");
    assertThat(dictionary.children("PRO")).extracting(CompetencyGroup::id).containsExactly("PRO-VEH", "PRO-RCP", "PRO-DIG");
    assertThat(dictionary.path("PRO-VEH")).extracting(CompetencyGroup::name).containsExactly("专业技能", "公务用车");
    assertThat(dictionary.competenciesIn("PRO-VEH")).extracting(Competency::name).containsExactly("公务用车调度", "车辆安全管理");
  }

  @Test
  void brokenTreesAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CompetencyDictionary(
            List.of(CompetencyGroup.child("A", "甲", "B"), CompetencyGroup.child("B", "乙", "A")), List.of()))
        .withMessageContaining("循环");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CompetencyDictionary(List.of(CompetencyGroup.child("A", "甲", "Z")), List.of()))
        .withMessage("能力分组的上级不存在：Z");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CompetencyDictionary(List.of(CompetencyGroup.root("GEN", "通用能力")), SampleCompetencies.all()))
        .withMessageContaining("所属的分组不存在");
  }

  @Test
  void unknownCompetenciesOfAModelAreReported() {
    PostModel model = PostModel.draft(SampleModels.VEHICLE_DISPATCHER).require("PRO-NEW", "新能源车辆管理", 2, 1, false).build();

    assertThat(dictionary.unknownCompetenciesIn(model)).containsExactly("能力词典中没有能力「新能源车辆管理」（PRO-NEW）");
    assertThat(dictionary.unknownCompetenciesIn(SampleModels.vehicleDispatcher())).isEmpty();
  }
}
