package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static final String BODY = """
      第一章 总则
      第一条 为了加强管理，制定本办法。
      第十二条 各级机关应当严格执行配备标准。
      4.2.1 秩序维护人员应当经过岗前培训。
      """;

  @Test
  void recognisesChaptersArticlesAndNumberedClauses() {
    List<Clauses.Clause> clauses = Clauses.of(BODY);

    assertThat(clauses).extracting(Clauses.Clause::label).containsExactly("第一章", "第一条", "第十二条", "4.2.1");
    assertThat(clauses).extracting(Clauses.Clause::key).containsExactly("第1章", "第1条", "第12条", "4.2.1");
  }

  @Test
  void anOffsetFallsUnderTheLastHeadingBeforeIt() {
    List<Clauses.Clause> clauses = Clauses.of(BODY);

    assertThat(Clauses.at(clauses, BODY.indexOf("配备标准")).label()).isEqualTo("第十二条");
    assertThat(Clauses.at(clauses, BODY.indexOf("岗前")).label()).isEqualTo("4.2.1");
  }

  @Test
  void articleReferencesInAQueryAreNormalisedEitherWay() {
    assertThat(Clauses.referencesInQuery("第十二条")).containsExactly("第12条");
    assertThat(Clauses.referencesInQuery("第 12 条")).containsExactly("第12条");
    assertThat(Clauses.referencesInQuery("办法第二十条和4.2.1")).containsExactly("第20条", "4.2.1");
  }

  @Test
  void storedFormRoundTrips() {
    List<Clauses.Clause> clauses = Clauses.of(BODY);

    assertThat(Clauses.decode(Clauses.encode(clauses))).isEqualTo(clauses);
  }
}
