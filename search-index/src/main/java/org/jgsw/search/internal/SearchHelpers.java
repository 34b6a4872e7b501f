package org.jgsw.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * Lets one search do two independent parts at once on an otherwise idle machine: the part handed
 * over runs on a helper thread if one is free, and otherwise the searching thread runs it itself
 * when it is done with its own part. So a search alone uses both cores, and under load, when every
 * core is busy with a search of its own, nothing waits in a queue: each search runs its parts one
 * after the other, as it would without helpers.
 */
final class SearchHelpers implements AutoCloseable {

  /** A part of a search that may throw {@link IOException}. */
  interface Part {
    void run() throws IOException;
  }

  /** A part handed over: whoever claims it first runs it. */
  static final class Handed {
    private final Part part;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable failure;

    private Handed(Part part) {
      this.part = part;
    }

    private void runIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        part.run();
      } catch (Throwable t) {
        failure = t;
      } finally {
        done.countDown();
      }
    }

    /** Runs the part here unless a helper took it, then waits for it and passes on its failure. */
    void join() throws IOException {
      runIfUnclaimed();
      awaitDone();
      Throwable t = failure;
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error e) {
        throw e;
      }
      if (t != null) {
        throw new UncheckedIOException(new IOException(t));
      }
    }

    /** Drops the part if no helper took it yet, else waits until the helper is done with it (its failure ignored). */
    void cancel() {
      if (claimed.compareAndSet(false, true)) {
        done.countDown();
        return;
      }
      awaitDone();
    }

    private void awaitDone() {
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final ExecutorService threads;
  private final int minDocsToSplit;

  /** {@code count} helper threads (none: every part runs on the searching thread). */
  SearchHelpers(int count) {
    this(count, MIN_DOCS_TO_SPLIT);
  }

  /** As {@link #SearchHelpers(int)}, splitting searches of indexes of at least {@code minDocsToSplit} documents. */
  SearchHelpers(int count, int minDocsToSplit) {
    this.minDocsToSplit = minDocsToSplit;
    this.threads = count <= 0 ? null : Executors.newFixedThreadPool(count, r -> {
      Thread t = new Thread(r, "library-search-helper");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Searches in two halves by document number, one of them offered to a helper: Lucene 9 splits a
   * search only by segment, and the library's index is mostly one merged segment. Each half has its
   * own collector, so the manager's {@code reduce} must accept two collectors that saw parts of the
   * same segment. A top-scores pass still skips: the two halves of Lucene's top-docs collector
   * manager share the lowest competitive score.
   */
  <C extends Collector, T> T searchInHalves(IndexSearcher searcher, Query query, CollectorManager<C, T> manager) throws IOException {
    if (threads == null || searcher.getIndexReader().maxDoc() < minDocsToSplit) {
      return searcher.search(query, manager);
    }
    C first = manager.newCollector();
    C second = manager.newCollector();
    Weight weight = searcher.createWeight(searcher.rewrite(query), first.scoreMode(), 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int half = searcher.getIndexReader().maxDoc() / 2;
    // Documents [0, half) of the whole index on this thread, the rest offered to a helper.
    inParallel(() -> collect(weight, leaves, first, 0, half), () -> collect(weight, leaves, second, half, Integer.MAX_VALUE));
    return manager.reduce(List.of(first, second));
  }

  /** Below this many documents a split pass costs more in hand-over than it saves. */
  private static final int MIN_DOCS_TO_SPLIT = 20_000;

  /** Collects the matches whose index-wide document number is in [{@code from}, {@code to}). */
  private static void collect(Weight weight, List<LeafReaderContext> leaves, Collector collector, int from, int to)
      throws IOException {
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      int min = Math.max(0, from - leaf.docBase);
      int max = (int) Math.min(maxDoc, (long) to - leaf.docBase);
      if (min >= max) {
        continue;
      }
      // as IndexSearcher: every segment gets a leaf collector, matches or not
      try {
        LeafCollector leafCollector = collector.getLeafCollector(leaf);
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer != null) {
          scorer.score(leafCollector, leaf.reader().getLiveDocs(), min, max);
        }
        leafCollector.finish();
      } catch (CollectionTerminatedException nothingMoreHere) {
        // the collector wants nothing (more) of this segment, as IndexSearcher allows
      }
    }
  }

  /**
   * Runs {@code here} on this thread and {@code there} on a helper if one is free (else here too),
   * and returns when both are done. If {@code here} fails, {@code there} is dropped or waited for
   * before the failure is passed on, so it never outlives the searcher the caller is about to release.
   */
  void inParallel(Part here, Part there) throws IOException {
    Handed handed = hand(there);
    try {
      here.run();
    } catch (IOException | RuntimeException | Error e) {
      handed.cancel();
      throw e;
    }
    handed.join();
  }

  /** Offers {@code part} to a helper; {@link Handed#join} gets it done in any case. */
  Handed hand(Part part) {
    Handed handed = new Handed(part);
    if (threads != null) {
      try {
        threads.execute(handed::runIfUnclaimed);
      } catch (RejectedExecutionException closed) {
        // closing: the searching thread runs it
      }
    }
    return handed;
  }

  @Override
  public void close() {
    if (threads != null) {
      threads.shutdownNow();
    }
  }
}
