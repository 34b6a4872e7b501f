package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.junit.jupiter.api.Test;

class LibraryJsonLinesTest {

  @Test
  void readsEveryFieldOfALine() {
    LibraryJsonLines.Parsed p = LibraryJsonLines.parse("{\"externalId\":\"STD-1\",\"kind\":\"STANDARD\",\"title\":\" 机关会议服务规范 \","
        + "\"number\":\"DB51/T 1-2024\",\"issuer\":\"四川省市场监督管理局\",\"region\":\"四川\",\"domains\":[\"会议服务\",\"会议服务\",\"\"],"
        + "\"status\":\"现行有效\",\"issuedOn\":\"2024-01-10\",\"effectiveOn\":\"2024-03-01\",\"tags\":\"会议, 服务\",\"summary\":\"s\","
        + "\"body\":\"1 范围\\n正文\",\"replacedBy\":\"STD-2\"}");

    assertThat(p.ok()).as(p.problems().toString()).isTrue();
    DocumentInput in = p.input();
    assertThat(in.kind()).isEqualTo(DocumentKind.STANDARD);
    assertThat(in.status()).isEqualTo(DocumentStatus.CURRENT);
    assertThat(in.title()).isEqualTo("机关会议服务规范");
    assertThat(in.domains()).containsExactly("会议服务");
    assertThat(in.tags()).containsExactly("会议", "服务");
    assertThat(in.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(in.replacedByExternalId()).isEqualTo("STD-2");
    assertThat(in.body()).isEqualTo("1 范围\n正文");
  }

  @Test
  void reportsTypeErrorsInsteadOfThrowing() {
    assertThat(LibraryJsonLines.parse("{ not json").problems()).extracting(LibraryProblem::key).containsExactly("problem.json.invalid");
    assertThat(LibraryJsonLines.parse("[1,2]").problems()).extracting(LibraryProblem::key).containsExactly("problem.json.notObject");
    LibraryJsonLines.Parsed p = LibraryJsonLines.parse("{\"kind\":\"BOOK\",\"status\":\"CURRENT\",\"issuedOn\":\"2024-13-01\",\"domains\":[1],\"title\":{}}");
    assertThat(p.problems()).extracting(LibraryProblem::key)
        .contains("problem.enum.invalid", "problem.date.invalid", "problem.json.notTextList", "problem.json.notText");
    assertThat(LibraryJsonLines.externalIdOf("{\"externalId\":\"X-1\",\"kind\":1")).isNull();
    assertThat(LibraryJsonLines.externalIdOf("{\"externalId\":\"X-1\"}")).isEqualTo("X-1");
  }

  @Test
  void rulesOfADocument() {
    DocumentInput ok = new DocumentInput("A-1", DocumentKind.CASE, "案例", null, null, "四川", List.of("公务用车"), DocumentStatus.CURRENT,
        LocalDate.of(2020, 1, 1), null, null, null, null, List.of(), null, null);
    assertThat(DocumentRules.check(ok, List.of("公务用车"))).isEmpty();

    DocumentInput bad = new DocumentInput("空 格", null, " ", null, null, null, List.of("不存在"), DocumentStatus.UPCOMING,
        LocalDate.of(2020, 5, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null, null, List.of(), null, null);
    assertThat(DocumentRules.check(bad, List.of("公务用车"))).extracting(LibraryProblem::key).contains(
        "problem.title.required", "problem.kind.required", "problem.region.required", "problem.externalId.pattern",
        "problem.domain.unknown", "problem.effectiveBeforeIssued", "problem.repealedBeforeEffective", "problem.repealedOn.onlyRepealed");
  }

  @Test
  void problemsReadInBothLanguages() {
    LibraryProblem p = LibraryProblem.of("domains", "problem.domain.unknown", "园林");
    assertThat(p.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("未知的业务领域：园林。");
    assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("Unknown business domain: 园林.");
  }
}
