package org.jgsw.portal.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A small table read once and kept until a transaction that changes it ends: reference data that
 * every request of a busy page needs (course titles, plan names) and that changes a few times a day.
 *
 * <p>A generation number makes it safe without locks: a reader notes the generation, loads, and
 * keeps what it loaded under the generation it noted; a writer moves the generation on when it
 * changes the table and again when its transaction ends. A load that raced a commit is therefore
 * kept under an old generation and never served. This process is the only writer (the portal runs
 * as one node, as EclipseLink's own shared cache also assumes).
 */
public final class CommittedSnapshot<T> {

  private record Entry<T>(long generation, T value) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile Entry<T> current;

  /** The kept value, or a fresh one from {@code loader} when the table changed since it was read. */
  public T get(Supplier<T> loader) {
    long seen = generation.get();
    Entry<T> kept = current;
    if (kept != null && kept.generation() == seen) {
      return kept.value();
    }
    T loaded = loader.get();
    current = new Entry<>(seen, loaded);
    return loaded;
  }

  /**
   * Forgets the value now and, when a transaction is running, once more when it ends (committed
   * or not), so that nothing read before the commit is served after it.
   */
  public void changed(TransactionSynchronizationRegistry transactions) {
    generation.incrementAndGet();
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          generation.incrementAndGet();
        }
      });
    }
  }
}
