package org.jgsw.portal.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

  @Test
  void findsChaptersArticlesAndClausesForTheContents() {
    DocumentText t = new DocumentText("第一章 总则\n第一条 为了规范。\n\n4.2.1 驾驶员应当持证。\n一、背景\n普通段落", null);
    assertThat(t.toc()).extracting(DocumentText.Heading::text).containsExactly("第一章 总则", "第一条 为了规范。", "4.2.1 驾驶员应当持证。", "一、背景");
    assertThat(t.lines()).extracting(DocumentText.Line::level).containsExactly(1, 2, 2, 1, 0);
  }

  @Test
  void marksQueryWordsAndEscapesEverythingElse() {
    DocumentText t = new DocumentText("第二条 公务用车<script>x</script> & 派车", "公务用车 <script>");
    String html = t.lines().get(0).html();
    assertThat(html).contains("<mark>公务用车</mark>").contains("&lt;").doesNotContain("<script>");
    assertThat(DocumentText.mark(DocumentText.escape("车辆调度平台"), DocumentText.terms("调度平台建设"))).isEqualTo("车辆<mark>调度平台</mark>");
  }
}
