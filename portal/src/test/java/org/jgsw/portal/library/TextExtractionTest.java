package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

  @Test
  void htmlIsSanitisedAndKeepsItsLines() {
    String html = "<html><head><script>alert(1)</script></head><body><h1>第一章 总则</h1><p onclick=\"x()\">第一条 为了规范。</p>"
        + "<img src=x onerror=alert(2)><p>第二条 其他。</p></body></html>";
    TextExtraction.Extracted e = TextExtraction.extract(html.getBytes(StandardCharsets.UTF_8));
    assertThat(e.type()).isEqualTo(TextExtraction.Type.HTML);
    assertThat(e.text()).contains("第一章 总则\n", "第一条 为了规范。\n", "第二条 其他。").doesNotContain("alert");
    String kept = new String(e.original(), StandardCharsets.UTF_8);
    assertThat(kept).doesNotContain("<script", "onclick", "onerror");
  }

  @Test
  void typeComesFromContentNotName() throws Exception {
    assertThat(TextExtraction.extract("第一条 纯文本。".getBytes(Charset.forName("GB18030"))).type()).isEqualTo(TextExtraction.Type.TXT);
    assertThat(TextExtraction.extract("第一条 纯文本。".getBytes(Charset.forName("GB18030"))).text()).isEqualTo("第一条 纯文本。");

    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("第一条 公务用车实行集中管理。");
      d.write(docx);
    }
    TextExtraction.Extracted w = TextExtraction.extract(docx.toByteArray());
    assertThat(w.type()).isEqualTo(TextExtraction.Type.DOCX);
    assertThat(w.text()).contains("公务用车实行集中管理");

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(d, page)) {
        c.beginText();
        c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        c.newLineAtOffset(50, 700);
        c.showText("GB/T 2887-2011 5.3.1 UPS");
        c.endText();
      }
      d.save(pdf);
    }
    TextExtraction.Extracted p = TextExtraction.extract(pdf.toByteArray());
    assertThat(p.type()).isEqualTo(TextExtraction.Type.PDF);
    assertThat(p.text()).contains("GB/T 2887-2011");

    byte[] binary = {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2};
    assertThatThrownBy(() -> TextExtraction.extract(binary)).isInstanceOf(LibraryValidationException.class)
        .satisfies(ex -> assertThat(((LibraryValidationException) ex).problems().get(0).key()).isEqualTo("problem.file.type"));
    assertThatThrownBy(() -> TextExtraction.extract(new byte[0])).isInstanceOf(LibraryValidationException.class);
  }
}
