package org.jgsw.portal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommittedSnapshotTest {

  /** The container's registry as far as CommittedSnapshot uses it: a status and the synchronizations. */
  static final class Transactions implements TransactionSynchronizationRegistry {
    int status = Status.STATUS_NO_TRANSACTION;
    final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
      status = Status.STATUS_ACTIVE;
    }

    void end(int outcome) {
      status = Status.STATUS_NO_TRANSACTION;
      synchronizations.forEach(s -> s.afterCompletion(outcome));
      synchronizations.clear();
    }

    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return null;
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }

  private final CommittedSnapshot<Integer> snapshot = new CommittedSnapshot<>();
  private final AtomicInteger table = new AtomicInteger(1);
  private final AtomicInteger loads = new AtomicInteger();
  private final Transactions transactions = new Transactions();

  private int read() {
    return snapshot.get(() -> {
      loads.incrementAndGet();
      return table.get();
    });
  }

  @Test
  void readsTheTableOnceWhileNothingChanges() {
    assertEquals(1, read());
    assertEquals(1, read());
    assertEquals(1, loads.get());
  }

  @Test
  void aChangeWithoutTransactionIsReadAtOnce() {
    read();
    table.set(2);
    snapshot.changed(null);
    assertEquals(2, read());
    assertEquals(2, loads.get());
  }

  @Test
  void whatWasReadBeforeTheCommitIsNotServedAfterIt() {
    read();
    transactions.begin();
    snapshot.changed(transactions);
    // another request reads while the writing transaction is still open: it sees the old row
    assertEquals(1, read());
    table.set(2);
    transactions.end(Status.STATUS_COMMITTED);
    assertEquals(2, read());
  }

  @Test
  void aLoadRacingTheCommitIsKeptUnderAnOldGeneration() {
    int raced = snapshot.get(() -> {
      // the writer changes and commits while this reader is loading the old rows
      transactions.begin();
      snapshot.changed(transactions);
      table.set(3);
      transactions.end(Status.STATUS_COMMITTED);
      return 1;
    });
    assertEquals(1, raced);
    assertEquals(3, read());
  }

  @Test
  void aRolledBackChangeIsReadAgainToo() {
    read();
    transactions.begin();
    snapshot.changed(transactions);
    transactions.end(Status.STATUS_ROLLEDBACK);
    assertEquals(1, read());
    assertEquals(2, loads.get());
  }
}
