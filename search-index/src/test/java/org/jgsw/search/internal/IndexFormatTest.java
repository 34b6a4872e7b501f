package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.Test;

/** An index written with another field layout is emptied on open, so the portal rebuilds it. */
class IndexFormatTest {

  @Test
  void anIndexOfTheCurrentLayoutKeepsItsDocumentsAndMarker() {
    Directory dir = new ByteBuffersDirectory();
    try (LuceneLibraryIndex index = new LuceneLibraryIndex(unclosable(dir), IndexSettings.DEFAULTS)) {
      index.indexAll(FixtureLibrary.documents().subList(0, 5));
      index.commit("42");
    }
    try (LuceneLibraryIndex index = new LuceneLibraryIndex(unclosable(dir), IndexSettings.DEFAULTS)) {
      assertThat(index.count()).isEqualTo(5);
      assertThat(index.lastCommitMarker()).contains("42");
    }
  }

  @Test
  void anIndexOfAnOlderLayoutIsEmptiedAndForgetsItsMarker() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (LuceneLibraryIndex index = new LuceneLibraryIndex(unclosable(dir), IndexSettings.DEFAULTS)) {
      index.indexAll(FixtureLibrary.documents().subList(0, 5));
      index.commit("42");
    }
    // What the first layout wrote: the marker alone.
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("marker", "42").entrySet());
      writer.commit();
    }
    try (LuceneLibraryIndex index = new LuceneLibraryIndex(unclosable(dir), IndexSettings.DEFAULTS)) {
      assertThat(index.count()).isZero();
      assertThat(index.lastCommitMarker()).isEmpty();
    }
  }

  /** The index closes its directory; the test reopens the same one. */
  private static Directory unclosable(Directory dir) {
    return new FilterDirectory(dir) {
      @Override
      public void close() {}
    };
  }
}
