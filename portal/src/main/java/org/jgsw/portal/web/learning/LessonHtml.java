package org.jgsw.portal.web.learning;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Lesson rich text is written by training administrators in an editor and shown with
 * {@code escape="false"}: it goes through jsoup's allow-list first (text formatting, lists, tables,
 * links and images over http/https; no scripts, styles, event handlers or frames).
 */
public final class LessonHtml {

  private static final Safelist ALLOWED = Safelist.relaxed();

  private LessonHtml() {}

  public static String sanitise(String html) {
    return html == null ? "" : Jsoup.clean(html, ALLOWED);
  }
}
