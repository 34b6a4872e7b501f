package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.portal.config.DataDirectory;

/**
 * The PDF files of document lessons, under {@code files/training/} of the data directory. A file is
 * accepted only if its content is a PDF that PDFBox can open (the name and the browser's type are not
 * trusted) and it is at most {@link #MAX_BYTES}; it is stored under a random name.
 */
@ApplicationScoped
public class LessonDocuments {

  /** 10 MB, the servlet's upload limit: slides and handouts of one lesson fit easily. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final String FOLDER = "training";

  /** Why an upload was refused, as a key of the training bundle and its arguments. */
  public static class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] arguments;

    Rejected(String key, Object... arguments) {
      super(key);
      this.key = key;
      this.arguments = arguments;
    }

    public String key() {
      return key;
    }

    public Object[] arguments() {
      return arguments;
    }
  }

  @Inject DataDirectory dataDirectory;

  /** Checks and stores an uploaded PDF; the attachment to put in the lesson. */
  public LessonContent.DocumentAttachment store(byte[] content, String originalName) {
    if (content == null || content.length == 0) {
      throw new Rejected("document.problem.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new Rejected("document.problem.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    byte[] head = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    if (content.length < head.length || !Arrays.equals(Arrays.copyOf(content, head.length), head)) {
      throw new Rejected("document.problem.notPdf");
    }
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.getNumberOfPages() == 0) {
        throw new Rejected("document.problem.notPdf");
      }
    } catch (IOException e) {
      throw new Rejected("document.problem.notPdf");
    }
    String ref = FOLDER + "/" + UUID.randomUUID() + ".pdf";
    try {
      Files.createDirectories(dataDirectory.filesDirectory().resolve(FOLDER));
      Files.write(dataDirectory.filesDirectory().resolve(ref), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store a lesson document", e);
    }
    String name = originalName == null || originalName.isBlank() ? "document.pdf" : Path.of(originalName).getFileName().toString();
    return new LessonContent.DocumentAttachment(ref, name);
  }

  /** The stored file of an attachment, if it is one of ours and still there. */
  public Optional<Path> file(LessonContent.DocumentAttachment attachment) {
    Path root = dataDirectory.filesDirectory().resolve(FOLDER).toAbsolutePath().normalize();
    Path file = dataDirectory.filesDirectory().resolve(attachment.documentRef()).toAbsolutePath().normalize();
    return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
