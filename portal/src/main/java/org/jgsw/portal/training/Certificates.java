package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jgsw.portal.common.EmbeddedFont;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.course.domain.Course;

/**
 * Completion certificates (结业证书) as PDF, with a Chinese font from the system: the font file is
 * {@code portal.certificate.font} (a .ttf, or a .ttc whose first font is used); without one no
 * certificate is offered, since the standard PDF fonts have no Chinese characters.
 */
@ApplicationScoped
public class Certificates {

  @Inject
  @ConfigProperty(name = "portal.certificate.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
  String fontPath;

  public boolean isAvailable() {
    return new File(fontPath).isFile();
  }

  public byte[] certificate(String name, String staffNo, Course course, LocalDate completedOn) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddedFont embedded = EmbeddedFont.load(doc, new File(fontPath))) {
      PDFont font = embedded.font();
      PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      float w = page.getMediaBox().getWidth();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setLineWidth(3);
        s.addRect(30, 30, w - 60, page.getMediaBox().getHeight() - 60);
        s.stroke();
        centred(s, font, 34, w, 470, "结 业 证 书");
        centred(s, font, 18, w, 400, name + " 同志（工号 " + staffNo + "）");
        centred(s, font, 16, w, 350, "于 " + completedOn.getYear() + " 年 " + completedOn.getMonthValue() + " 月 "
            + completedOn.getDayOfMonth() + " 日完成网络课程");
        centred(s, font, 20, w, 305, "《" + course.title() + "》");
        centred(s, font, 16, w, 260, "课程类别：" + course.category().label() + "　获得学时：" + course.creditHours() + " 学时");
        centred(s, font, 14, w, 150, "机关事务知识与培训门户");
        centred(s, font, 12, w, 125, "课程编号 " + course.id().value() + " · 版本 " + course.version());
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void centred(PDPageContentStream s, PDFont font, float size, float pageWidth, float y, String text) throws IOException {
    float width = font.getStringWidth(text) / 1000 * size;
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset((pageWidth - width) / 2, y);
    s.showText(text);
    s.endText();
  }
}
