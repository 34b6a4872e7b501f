package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgsw.competency.testdata.SampleCompetencies.*;

import org.jgsw.competency.testdata.SampleModels;
import org.junit.jupiter.api.Test;

class PostModelTest {

  @Test
  void aNewModelIsVersionOneDraftWithoutCompensation() {
    PostModel model = SampleModels.vehicleDispatcher();

    assertThat(model.id()).isEqualTo(PostModelId.of("VEH-DISPATCH", 1));
    assertThat(model.status()).isEqualTo(ModelStatus.DRAFT);
    assertThat(model.isInUse()).isFalse();
    assertThat(model.overQualificationCompensates()).isFalse();
    assertThat(model.basedOn()).isEmpty();
    assertThat(model.requiredPointsTotal()).isEqualTo(32.0);
  }

  @Test
  void aDraftIsEditedAsTheSameVersion() {
    PostModel draft = SampleModels.vehicleDispatcher();

    PostModel edited = draft.edit().remove(IT).build();

    assertThat(edited.id()).isEqualTo(draft.id());
    assertThat(edited.requirements()).hasSize(5);
    assertThat(draft.requirements()).hasSize(6);
  }

  @Test
  void editingAModelInUseCreatesTheNextVersionAndLeavesItUntouched() {
    PostModel published = SampleModels.vehicleDispatcher().publish();

    PostModel v2 = published.edit().remove(IT).require(law(), 2, 1, false).build();

    assertThat(v2.id()).isEqualTo(PostModelId.of("VEH-DISPATCH", 2));
    assertThat(v2.status()).isEqualTo(ModelStatus.DRAFT);
    assertThat(v2.basedOn()).contains(published.id());
    assertThat(v2.requirement(LAW)).isPresent();
    assertThat(published.status()).isEqualTo(ModelStatus.PUBLISHED);
    assertThat(published.requirement(IT)).isPresent();
    assertThat(published.requirement(LAW)).isEmpty();
  }

  @Test
  void reviseReturnsTheNextVersionWithTheSameContent() {
    PostModel published = SampleModels.vehicleDispatcher().publish();

    PostModel v2 = published.revise();

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.status()).isEqualTo(ModelStatus.DRAFT);
    assertThat(v2.requirements()).isEqualTo(published.requirements());
    assertThat(v2.hardConditions()).isEqualTo(published.hardConditions());
    assertThat(v2.basedOn()).contains(published.id());
    assertThat(published.version()).isEqualTo(1);
  }

  @Test
  void aDraftIsNotRevisedButEdited() {
    assertThatIllegalStateException().isThrownBy(() -> SampleModels.vehicleDispatcher().revise()).withMessageContaining("草稿");
  }

  @Test
  void onlyDraftsArePublishedAndArchivedOnlyOnce() {
    PostModel published = SampleModels.vehicleDispatcher().publish();

    assertThatIllegalStateException().isThrownBy(published::publish).withMessageContaining("只有草稿可以发布");
    assertThat(published.archive().status()).isEqualTo(ModelStatus.ARCHIVED);
    assertThatIllegalStateException().isThrownBy(() -> published.archive().archive());
  }

  @Test
  void aModelIsCopiedToAnotherPostAsADraft() {
    PostModel source = SampleModels.vehicleDispatcher().publish();

    PostModel copy = source.copyFor(PostId.of("WH-DISPATCH"), 1);

    assertThat(copy.id()).isEqualTo(PostModelId.of("WH-DISPATCH", 1));
    assertThat(copy.status()).isEqualTo(ModelStatus.DRAFT);
    assertThat(copy.requirements()).isEqualTo(source.requirements());
    assertThat(copy.basedOn()).contains(source.id());
  }

  @Test
  void everyProblemIsReportedInChineseAtOnce() {
    PostModel.Builder builder = PostModel.draft(SampleModels.VEHICLE_DISPATCHER)
        .require(communication(), 3, 2, true)
        .require(communication(), 4, 1, false)
        .require(dispatch(), 6, 3, false)
        .require(it(), 2, 0, false)
        .require(service(), 2, -1.5, false);

    assertThat(builder.problems()).containsExactly(
        "能力「公务用车调度」的要求等级必须在 1 到 5 之间，实际为 6",
        "能力「信息化应用」的权重必须大于 0，实际为 0",
        "能力「服务意识」的权重必须大于 0，实际为 -1.5",
        "能力「沟通协调」（GEN-COMM）在模型中重复出现");
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidPostModelException.class)
        .hasMessageContaining("重复出现")
        .satisfies(e -> assertThat(((InvalidPostModelException) e).problems()).hasSize(4));
  }

  @Test
  void anEmptyModelIsRefused() {
    assertThatThrownBy(() -> PostModel.draft(SampleModels.VEHICLE_DISPATCHER).build())
        .isInstanceOf(InvalidPostModelException.class)
        .hasMessage("岗位胜任力模型至少需要一项能力要求");
  }

  @Test
  void aBadCodeTypedIntoTheFormIsAProblemToo() {
    assertThat(PostModel.draft(SampleModels.VEHICLE_DISPATCHER).require("沟通", "沟通协调", 3, 1, false).problems())
        .singleElement().asString().startsWith("能力编码格式不正确");
  }

  @Test
  void modelIdsPrintAndParse() {
    PostModelId id = PostModelId.of("VEH-DISPATCH", 12);

    assertThat(id).hasToString("VEH-DISPATCH@v12");
    assertThat(PostModelId.parse("VEH-DISPATCH@v12")).isEqualTo(id);
    assertThatThrownBy(() -> PostModelId.parse("VEH-DISPATCH")).hasMessageContaining("岗位编号@v版本号");
  }

  @Test
  void aRestoredModelKeepsItsStatus() {
    PostModel model = SampleModels.vehicleDispatcher().publish();

    PostModel restored = PostModel.restore(model.id(), model.status(), model.requirements(), model.hardConditions(),
        model.overQualificationCompensates(), model.basedOn());

    assertThat(restored).isEqualTo(model);
  }
}
