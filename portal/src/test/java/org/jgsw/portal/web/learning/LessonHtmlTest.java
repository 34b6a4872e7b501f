package org.jgsw.portal.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonHtmlTest {

  @Test
  void keepsFormattingAndDropsScriptsHandlersAndJavascriptLinks() {
    String clean = LessonHtml.sanitise(
        "<h3>标题</h3><p onclick=\"alert(1)\">正文<strong>重点</strong></p><script>alert(2)</script>"
            + "<a href=\"javascript:alert(3)\">坏链接</a><a href=\"https://example.org/\">好链接</a><iframe src=\"https://x\"></iframe>");

    assertThat(clean).contains("<h3>标题</h3>", "<strong>重点</strong>", "href=\"https://example.org/\"")
        .doesNotContain("script", "onclick", "javascript:", "iframe");
  }

  @Test
  void nullIsEmpty() {
    assertThat(LessonHtml.sanitise(null)).isEmpty();
  }
}
