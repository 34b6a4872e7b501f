package org.jgsw.course.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What a lesson shows: rich text, an attached document, a video link or a library citation. */
public sealed interface LessonContent
    permits LessonContent.RichText,
        LessonContent.DocumentAttachment,
        LessonContent.VideoLink,
        LessonContent.LibraryCitation {

  /** The kind, for labels and icons. */
  Kind kind();

  /** The kinds of lesson content with their Chinese labels. */
  enum Kind {
    RICH_TEXT("图文"),
    DOCUMENT("文档"),
    VIDEO("视频"),
    LIBRARY_CITATION("资料库引用");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * Text with HTML markup as entered by the author. Kept as entered: the portal sanitises it when it
   * is saved and when it is shown; the domain only requires that there is something to show.
   */
  record RichText(String html) implements LessonContent {
    public RichText {
      html = Texts.required(html, "图文课时的内容不能为空");
    }

    @Override
    public Kind kind() {
      return Kind.RICH_TEXT;
    }
  }

  /** An attached document (for example a PDF shown in the browser), by the portal's file reference. */
  record DocumentAttachment(String documentRef, String fileName) implements LessonContent {
    public DocumentAttachment {
      documentRef = Texts.required(documentRef, "文档课时必须上传附件");
      fileName = Texts.optional(fileName);
    }

    @Override
    public Kind kind() {
      return Kind.DOCUMENT;
    }
  }

  /** A link to a video hosted elsewhere; only absolute http and https addresses are accepted. */
  record VideoLink(String url) implements LessonContent {
    public VideoLink {
      url = Texts.required(url, "视频课时的链接不能为空");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("视频链接格式不正确：" + url);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("视频链接只能以 http:// 或 https:// 开头：" + url);
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        throw new IllegalArgumentException("视频链接缺少网站地址：" + url);
      }
    }

    @Override
    public Kind kind() {
      return Kind.VIDEO;
    }
  }

  /**
   * A citation of a library document (standard, regulation or case) by its library id; the portal
   * shows it with its current status, and flags a course that cites a repealed document.
   */
  record LibraryCitation(String libraryDocumentId, String note) implements LessonContent {
    public LibraryCitation {
      libraryDocumentId = Texts.required(libraryDocumentId, "资料库引用必须选择一份资料");
      note = Texts.optional(note);
    }

    @Override
    public Kind kind() {
      return Kind.LIBRARY_CITATION;
    }
  }
}
