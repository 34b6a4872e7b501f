package org.jgsw.portal.competency;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jgsw.portal.common.EmbeddedFont;

/**
 * A plain landscape A4 report with wrapped Chinese text and ruled tables that break across pages
 * (the table header is repeated on each page), and page numbers, in an {@link EmbeddedFont}.
 */
final class ReportPdf implements AutoCloseable {

  private static final float MARGIN = 36;
  private static final float PADDING = 3;
  private static final float LEADING = 1.35f;
  private static final float TEXT_SIZE = 9;

  private final PDDocument doc;
  private final EmbeddedFont embedded;
  private final PDFont font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private PDPageContentStream out;
  private float y;

  private ReportPdf(PDDocument doc, EmbeddedFont embedded) {
    this.doc = doc;
    this.embedded = embedded;
    this.font = embedded.font();
  }

  /** A new report with the font at {@code fontFile} (.ttf, or the first font of a .ttc). */
  static ReportPdf create(File fontFile) throws IOException {
    PDDocument doc = new PDDocument();
    try {
      return new ReportPdf(doc, EmbeddedFont.load(doc, fontFile));
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e;
    }
  }

  float width() {
    return size.getWidth() - 2 * MARGIN;
  }

  void title(String text) throws IOException {
    paragraph(text, 16);
    y -= 4;
  }

  void heading(String text) throws IOException {
    y -= 6;
    paragraph(text, 12);
  }

  void paragraph(String text) throws IOException {
    paragraph(text, TEXT_SIZE);
  }

  void paragraph(String text, float fontSize) throws IOException {
    List<String> lines = wrap(text, fontSize, width());
    for (String line : lines) {
      ensureRoom(fontSize * LEADING);
      write(line, fontSize, MARGIN, y - fontSize);
      y -= fontSize * LEADING;
    }
  }

  /**
   * A table: {@code widths} are fractions of the text width; a row higher than the rest of the page
   * goes to the next page, and every page of the table starts with the header.
   */
  void table(float[] widths, List<String> header, List<List<String>> rows) throws IOException {
    float[] cols = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      cols[i] = widths[i] * width();
    }
    List<List<String>> headerLines = cellLines(header, cols);
    ensureRoom(height(headerLines) + height(rows.isEmpty() ? headerLines : cellLines(rows.get(0), cols)));
    row(cols, headerLines, true);
    for (List<String> r : rows) {
      List<List<String>> lines = cellLines(r, cols);
      if (y - height(lines) < MARGIN + 14) {
        newPage();
        row(cols, headerLines, true);
      }
      row(cols, lines, false);
    }
    y -= 4;
  }

  byte[] finish() throws IOException {
    if (out == null) {
      newPage();
    }
    out.close();
    int total = doc.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        String footer = "第 " + (i + 1) + " 页 / 共 " + total + " 页";
        float w = font.getStringWidth(safe(footer)) / 1000 * 8;
        s.beginText();
        s.setFont(font, 8);
        s.newLineAtOffset((size.getWidth() - w) / 2, MARGIN / 2);
        s.showText(safe(footer));
        s.endText();
      }
    }
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      doc.close();
    } finally {
      embedded.close();
    }
  }

  private void row(float[] cols, List<List<String>> lines, boolean header) throws IOException {
    float h = height(lines);
    float x = MARGIN;
    out.setLineWidth(0.5f);
    for (int c = 0; c < cols.length; c++) {
      if (header) {
        out.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        out.addRect(x, y - h, cols[c], h);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
      }
      out.addRect(x, y - h, cols[c], h);
      out.stroke();
      float ty = y - PADDING - TEXT_SIZE;
      for (String line : lines.get(c)) {
        write(line, TEXT_SIZE, x + PADDING, ty);
        ty -= TEXT_SIZE * LEADING;
      }
      x += cols[c];
    }
    y -= h;
  }

  private List<List<String>> cellLines(List<String> cells, float[] cols) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cols.length; c++) {
      lines.add(wrap(c < cells.size() ? cells.get(c) : "", TEXT_SIZE, cols[c] - 2 * PADDING));
    }
    return lines;
  }

  private static float height(List<List<String>> lines) {
    int most = lines.stream().mapToInt(List::size).max().orElse(1);
    return Math.max(1, most) * TEXT_SIZE * LEADING + 2 * PADDING;
  }

  private void ensureRoom(float needed) throws IOException {
    if (out == null || y - needed < MARGIN + 14) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(size);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
  }

  private void write(String text, float fontSize, float x, float baseline) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(font, fontSize);
    out.newLineAtOffset(x, baseline);
    out.showText(text);
    out.endText();
  }

  /**
   * Splits {@code text} into lines no wider than {@code maxWidth}: Chinese breaks between any two
   * characters, other text preferably at the last space; line breaks in the text are kept.
   */
  List<String> wrap(String text, float fontSize, float maxWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : safe(text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      int i = 0;
      while (i < paragraph.length()) {
        int cp = paragraph.codePointAt(i);
        String next = line + new String(Character.toChars(cp));
        if (line.length() > 0 && font.getStringWidth(next) / 1000 * fontSize > maxWidth) {
          int space = line.lastIndexOf(" ");
          if (cp != ' ' && space > line.length() / 2) {
            lines.add(line.substring(0, space));
            line = new StringBuilder(line.substring(space + 1));
          } else {
            lines.add(line.toString());
            line = new StringBuilder();
          }
          if (cp == ' ') {
            i += Character.charCount(cp);
          }
          continue;
        }
        line.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text with tabs as spaces and every character the font cannot show replaced by “?”. */
  private String safe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n') {
        sb.append('\n');
      } else if (Character.isISOControl(cp)) {
        sb.append(' ');
      } else {
        sb.appendCodePoint(glyphs.computeIfAbsent(cp, this::canShow) ? cp : '?');
      }
    });
    return sb.toString();
  }

  private boolean canShow(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
