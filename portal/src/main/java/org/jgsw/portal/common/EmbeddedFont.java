package org.jgsw.portal.common;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Chinese TrueType font embedded in a PDF (certificates, matching reports): a .ttf file, or the
 * first font of a collection (.ttc), as a subset with its Unicode map so the text can be searched
 * and copied. A collection must stay open until the document is saved (the subset is built then):
 * close this after saving.
 */
public final class EmbeddedFont implements Closeable {

  private final PDFont font;
  private final TrueTypeCollection collection;

  private EmbeddedFont(PDFont font, TrueTypeCollection collection) {
    this.font = font;
    this.collection = collection;
  }

  public static EmbeddedFont load(PDDocument doc, File file) throws IOException {
    if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      return new EmbeddedFont(PDType0Font.load(doc, file), null);
    }
    TrueTypeCollection ttc = new TrueTypeCollection(file);
    try {
      AtomicReference<TrueTypeFont> first = new AtomicReference<>();
      ttc.processAllFonts(f -> first.compareAndSet(null, f));
      return new EmbeddedFont(PDType0Font.load(doc, first.get(), true), ttc);
    } catch (IOException | RuntimeException e) {
      ttc.close();
      throw e;
    }
  }

  public PDFont font() {
    return font;
  }

  @Override
  public void close() throws IOException {
    if (collection != null) {
      collection.close();
    }
  }
}
