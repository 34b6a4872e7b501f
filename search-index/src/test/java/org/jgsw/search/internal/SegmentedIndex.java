package org.jgsw.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jgsw.search.api.IndexableDocument;

/** An in-memory index of documents written with the default settings, several segments as a real index has. */
final class SegmentedIndex {

  private SegmentedIndex() {}

  /** {@code docs} indexed in order, a new segment after every {@code perSegment} documents. */
  static Directory of(List<IndexableDocument> docs, int perSegment) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new ChineseAnalysis(IndexSettings.DEFAULTS.segmenter()).perField());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      int i = 0;
      for (IndexableDocument d : docs) {
        writer.addDocument(DocumentFields.of(d, 0, false));
        if (++i % perSegment == 0) {
          writer.flush();
        }
      }
    }
    return dir;
  }
}
