package org.jgsw.portal.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Text of an uploaded original (PDF, DOCX, TXT or HTML). The type is decided by the content, never
 * by the file name; HTML is sanitised (scripts, styles, event handlers removed) before it is kept.
 */
public final class TextExtraction {

  /** Larger files are refused: 10 MB (the servlet upload limit) holds any standard or regulation. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public enum Type {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    HTML("text/html", "html"),
    TXT("text/plain", "txt");

    public final String mediaType;
    public final String extension;

    Type(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  /** The type, the text, and the bytes to keep as the original (sanitised for HTML). */
  public record Extracted(Type type, String text, byte[] original) {}

  private TextExtraction() {}

  public static Extracted extract(byte[] content) {
    if (content.length == 0) {
      throw new LibraryValidationException(java.util.List.of(LibraryProblem.of("file", "problem.file.empty")));
    }
    if (content.length > MAX_BYTES) {
      throw new LibraryValidationException(java.util.List.of(LibraryProblem.of("file", "problem.file.tooLarge", MAX_BYTES / (1024 * 1024))));
    }
    try {
      if (startsWith(content, "%PDF-")) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
          return new Extracted(Type.PDF, tidy(new PDFTextStripper().getText(pdf)), content);
        }
      }
      if (startsWith(content, "PK\u0003\u0004") && hasEntry(content, "word/document.xml")) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
          return new Extracted(Type.DOCX, tidy(extractor.getText()), content);
        }
      }
      String text = decode(content);
      if (text == null || text.indexOf('\u0000') >= 0) {
        throw unsupported();
      }
      String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
      if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.startsWith("<p") || head.startsWith("<div")) {
        String safe = Jsoup.clean(text, Safelist.relaxed());
        Document doc = Jsoup.parse(safe);
        doc.outputSettings().prettyPrint(false);
        doc.select("br").after("\\n");
        doc.select("p, div, h1, h2, h3, h4, h5, h6, li, tr").before("\\n");
        String plain = doc.text().replace("\\n", "\n");
        return new Extracted(Type.HTML, tidy(plain), safe.getBytes(StandardCharsets.UTF_8));
      }
      return new Extracted(Type.TXT, tidy(text), content);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LibraryValidationException v) {
        throw v;
      }
      throw new LibraryValidationException(java.util.List.of(LibraryProblem.of("file", "problem.file.unreadable", String.valueOf(e.getMessage()))));
    }
  }

  private static LibraryValidationException unsupported() {
    return new LibraryValidationException(java.util.List.of(LibraryProblem.of("file", "problem.file.type")));
  }

  private static boolean startsWith(byte[] content, String magic) {
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    if (content.length < m.length) {
      return false;
    }
    for (int i = 0; i < m.length; i++) {
      if (content[i] != m[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasEntry(byte[] content, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** UTF-8 (with or without BOM), else GB18030 (older Chinese text files); null for binary data. */
  private static String decode(byte[] content) {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
      try {
        String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
      } catch (CharacterCodingException e) {
        // try the next
      }
    }
    return null;
  }

  /** One paragraph a line, no runs of blank lines, no trailing spaces. */
  static String tidy(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u3000]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
