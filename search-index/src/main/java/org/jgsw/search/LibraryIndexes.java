package org.jgsw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.internal.IndexSettings;
import org.jgsw.search.internal.LuceneLibraryIndex;

/** Opens library indexes. Open one per directory and share it; close it on shutdown. */
public final class LibraryIndexes {

  private LibraryIndexes() {}

  /** The index in {@code directory}, created if absent. */
  public static LibraryIndex open(Path directory) {
    try {
      return new LuceneLibraryIndex(FSDirectory.open(directory), IndexSettings.DEFAULTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty index in memory (tests, demos); gone on close. */
  public static LibraryIndex inMemory() {
    return new LuceneLibraryIndex(new ByteBuffersDirectory(), IndexSettings.DEFAULTS);
  }
}
