package org.jgsw.portal.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jgsw.portal.config.DataDirectory;
import org.jgsw.portal.library.LibraryDocument;
import org.jgsw.portal.library.LibraryService;

/**
 * The uploaded original of a document ({@code /library/file?id=…}, signed-in users by the
 * {@code /library/*} constraint). Always an attachment with its checked type, never rendered inline.
 */
@WebServlet("/library/file")
public class LibraryFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient LibraryService library;
  @Inject transient DataDirectory dataDirectory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LibraryDocument doc;
    try {
      doc = library.find(Long.parseLong(request.getParameter("id"))).orElse(null);
    } catch (NumberFormatException e) {
      doc = null;
    }
    if (doc == null || doc.getFilePath() == null) {
      response.sendError(404);
      return;
    }
    Path root = dataDirectory.filesDirectory().toAbsolutePath().normalize();
    Path file = root.resolve(doc.getFilePath()).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      response.sendError(404);
      return;
    }
    response.setContentType(doc.getFileType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(doc.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setContentLengthLong(Files.size(file));
    Files.copy(file, response.getOutputStream());
  }
}
