package org.jgsw.portal.config.demo.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyFamily;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.config.demo.DemoOrganisation;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Post;
import org.junit.jupiter.api.Test;

/** The competency demo data is complete and consistent with the demo organisation. */
class DemoCompetencyDataTest {

  private static Map<CompetencyCode, Competency> dictionary() {
    Map<CompetencyCode, Competency> map = new LinkedHashMap<>();
    DemoDictionary.competencies().forEach(c -> map.put(c.code(), c));
    return map;
  }

  @Test
  void theDictionaryHasAtLeastThirtyCompetenciesInAValidTreeWithFiveIndicatorsEach() {
    CompetencyDictionary dictionary = new CompetencyDictionary(DemoDictionary.groups(), DemoDictionary.competencies());
    assertThat(dictionary.competencies()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(dictionary.competencies()).allSatisfy(c -> assertThat(c.indicators()).hasSize(5));
    assertThat(dictionary.competencies()).extracting(Competency::family).contains(CompetencyFamily.GENERAL, CompetencyFamily.PROFESSIONAL);
  }

  @Test
  void atLeastTenDemoPostsHaveModelsOfKnownCompetenciesWithMustHaves() {
    DemoModels models = new DemoModels(dictionary());
    List<PostModel> published = models.published();
    Set<String> posts = new DemoOrganisation(LocalDate.of(2026, 1, 1)).posts().stream().map(Post::getCode).collect(Collectors.toSet());
    assertThat(published.size() + 1).isGreaterThanOrEqualTo(10);
    assertThat(published).allSatisfy(m -> {
      assertThat(posts).contains(m.post().value());
      assertThat(m.requirements()).anySatisfy(r -> assertThat(r.mustHave()).isTrue());
      assertThat(new CompetencyDictionary(DemoDictionary.groups(), DemoDictionary.competencies()).unknownCompetenciesIn(m)).isEmpty();
    });
    PostModel v1 = models.dispatchV1().publish();
    assertThat(models.dispatchV2(v1).build().version()).isEqualTo(2);
  }

  @Test
  void aboutFortyCandidatesOverTheFourChannelsForAtLeastThreePosts() {
    List<Candidate> candidates = DemoCandidates.generate(LocalDate.of(2026, 11, 27));
    assertThat(candidates).hasSizeBetween(35, 45);
    assertThat(candidates).extracting(Candidate::getChannel).contains(EntryChannel.SELECTED_GRADUATE, EntryChannel.OPEN_SELECTION,
        EntryChannel.OPEN_EXAM, EntryChannel.VETERAN_TRANSFER);
    assertThat(candidates.stream().map(Candidate::getTargetPostCode).distinct().count()).isGreaterThanOrEqualTo(3);
    assertThat(candidates).extracting(Candidate::getCandidateNo).doesNotHaveDuplicates();
  }
}
