package org.jgsw.competency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jgsw.competency.application.internal.DefaultCandidateMatching;
import org.jgsw.competency.application.internal.DefaultCompetencyGaps;
import org.jgsw.competency.application.internal.DefaultPostModels;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.TalentTier;
import org.jgsw.competency.testdata.InMemoryPostModelRepository;
import org.jgsw.competency.testdata.SampleCompetencies;
import org.jgsw.competency.testdata.SampleModels;
import org.jgsw.competency.testdata.SampleProfiles;
import org.junit.jupiter.api.Test;

class PostModelServicesTest {

  private final InMemoryPostModelRepository repository = new InMemoryPostModelRepository();
  private final PostModels models = new DefaultPostModels(repository);

  @Test
  void publishingAVersionArchivesThePreviousOne() {
    PostModel v1 = models.saveDraft(SampleModels.vehicleDispatcher());
    models.publish(v1.id());
    PostModel v2 = models.revise(v1.id());

    models.publish(v2.id());

    assertThat(models.versions(SampleModels.VEHICLE_DISPATCHER)).extracting(PostModel::status)
        .containsExactly(ModelStatus.ARCHIVED, ModelStatus.PUBLISHED);
    assertThat(models.findCurrent(SampleModels.VEHICLE_DISPATCHER)).map(PostModel::version).contains(2);
  }

  @Test
  void aVersionInUseCannotBeOverwritten() {
    PostModel v1 = models.saveDraft(SampleModels.vehicleDispatcher());
    models.publish(v1.id());

    assertThatIllegalStateException().isThrownBy(() -> models.saveDraft(SampleModels.vehicleDispatcher()))
        .withMessageContaining("已在使用");
  }

  @Test
  void onlyTheLatestVersionIsRevised() {
    PostModel v1 = models.saveDraft(SampleModels.vehicleDispatcher());
    models.publish(v1.id());
    models.publish(models.revise(v1.id()).id());

    assertThatIllegalStateException().isThrownBy(() -> models.revise(v1.id())).withMessageContaining("最新版本为 v2");
  }

  @Test
  void aCopyTakesTheTargetPostsNextVersion() {
    PostModel source = models.saveDraft(SampleModels.vehicleDispatcher());
    models.saveDraft(SampleModels.vehicleChief());

    PostModel copy = models.copy(source.id(), SampleModels.VEHICLE_CHIEF);
    PostModel fresh = models.copy(source.id(), PostId.of("NEW-POST"));

    assertThat(copy.id()).isEqualTo(PostModelId.of("VEH-CHIEF", 2));
    assertThat(fresh.id()).isEqualTo(PostModelId.of("NEW-POST", 1));
    assertThat(repository.find(copy.id())).contains(copy);
  }

  @Test
  void matchingAndGapsWorkOnTheStoredVersion() {
    PostModel v1 = models.publish(models.saveDraft(SampleModels.vehicleDispatcher()).id());
    PostModel chief = models.saveDraft(SampleModels.vehicleChief());
    CandidateMatching matching = new DefaultCandidateMatching(repository);
    CompetencyGaps gaps = new DefaultCompetencyGaps(repository);

    assertThat(matching.rank(v1.id(), List.of(SampleProfiles.liMing()), 10).ranked()).singleElement()
        .satisfies(r -> assertThat(r.result().fit()).isEqualTo(0.84375));
    assertThat(matching.evaluate(v1.id(), SampleProfiles.liMing()).model()).isEqualTo(v1.id());
    assertThat(gaps.gapsOf(v1.id(), SampleProfiles.liMing()).gaps()).extracting(g -> g.competency())
        .containsExactly(SampleCompetencies.DISPATCH, SampleCompetencies.IT);
    assertThat(gaps.pipeline(Map.of(SampleProfiles.liMing(), List.of(chief.id()))).get(TalentTier.DEVELOPING)).hasSize(1);
  }

  @Test
  void anUnknownModelIsATypedError() {
    CandidateMatching matching = new DefaultCandidateMatching(repository);

    assertThatThrownBy(() -> matching.evaluate(PostModelId.of("NONE", 1), SampleProfiles.liMing()))
        .isInstanceOf(PostModelNotFoundException.class)
        .hasMessage("找不到岗位胜任力模型：NONE@v1");
  }
}
