package org.jgsw.portal.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgsw.portal.config.DataDirectory;
import org.jgsw.search.LibraryIndexes;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.RebuildResult;
import org.jgsw.search.api.Synonyms;

/**
 * The portal's one library index on {@code <data dir>/index}: opened at start-up, closed on shutdown.
 *
 * <p>Consistency with the database, the source of truth: writes reach the index after their
 * transaction commits ({@link LibraryChanged}, observed after success). The index commits to disk
 * every few seconds with the highest change-log id it has applied as its commit marker; on start-up
 * the change-log rows after the marker (and any written shortly before it, which a slower
 * concurrent transaction may have committed late) are applied again. Re-applying is harmless: a
 * document is read from the database and replaces its earlier version. An empty index on a
 * non-empty database is rebuilt in the background.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryIndexing {

  private static final Logger LOG = Logger.getLogger(LibraryIndexing.class.getName());
  private static final int PAGE = 500;

  @Inject DataDirectory dataDirectory;
  @Inject LibraryService service;
  @Inject LibrarySearch search;
  @Resource ManagedExecutorService executor;

  private LibraryIndex index;
  private final AtomicLong appliedChange = new AtomicLong();
  /** Every change-log row written before this time is in the index (see {@link IndexMarker}); null if unknown. */
  private volatile LocalDateTime settledBefore;
  private final AtomicLong committedChange = new AtomicLong(-1);
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private volatile RebuildState rebuild = RebuildState.IDLE;

  /** Progress of the last or running rebuild, for admin/reindex. */
  public record RebuildState(boolean running, long done, long total, String startedBy, LocalDateTime startedAt, RebuildResult result, String error) {
    static final RebuildState IDLE = new RebuildState(false, 0, 0, null, null, null, null);

    public int percent() {
      return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
  }

  @PostConstruct
  void open() {
    index = LibraryIndexes.open(dataDirectory.indexDirectory());
    search.use(index);
    index.replaceSynonyms(service.synonyms());
    Optional<String> marker = index.lastCommitMarker();
    long dbCount = service.count();
    if (marker.isEmpty() && index.count() == 0 && dbCount > 0) {
      LOG.info(() -> "Library index is empty but the database holds " + dbCount + " documents: rebuilding in the background");
      startRebuild("system");
      return;
    }
    IndexMarker read = IndexMarker.parse(marker.orElse(null));
    settledBefore = read.settledBefore();
    catchUp(read);
  }

  /** The commit marker saying that changes up to {@code applied} are in the index. */
  private String marker(long applied) {
    return current(applied).format();
  }

  private IndexMarker current(long applied) {
    return new IndexMarker(applied, settledBefore);
  }

  /** Applies the change-log rows after the marker's change (and late commits just before it). */
  private void catchUp(IndexMarker marker) {
    // Every row committed by now is read below: the process that wrote them is gone, and what this
    // start writes is applied as it commits. So the next start need not look before this time.
    LocalDateTime readAt = LocalDateTime.now();
    long after = marker.appliedChange();
    LocalDateTime since = service.changeTime(after).map(marker::lateCommitsSince)
        .orElse(LocalDateTime.now().plusYears(100));
    List<LibraryChange> changes = service.changesSince(after, since);
    if (changes.isEmpty()) {
      appliedChange.set(after);
      committedChange.set(after);
      LOG.info(() -> "Library index up to date (change " + after + ", " + index.count() + " documents)");
      checkCounts();
      return;
    }
    Set<Long> ids = new LinkedHashSet<>();
    long max = after;
    for (LibraryChange c : changes) {
      ids.add(c.getDocumentId());
      max = Math.max(max, c.getId());
    }
    int upserts = 0;
    int deletes = 0;
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += PAGE) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + PAGE));
      List<IndexableDocument> found = service.indexable(chunk);
      index.indexAll(found);
      upserts += found.size();
      Set<Long> missing = new LinkedHashSet<>(chunk);
      found.forEach(d -> missing.remove(d.id()));
      for (Long id : missing) {
        index.delete(id);
        deletes++;
      }
    }
    // The window just re-applied is settled: the next start-up need not apply it again.
    IndexMarker caughtUp = marker.afterCatchUp(max, readAt);
    settledBefore = caughtUp.settledBefore();
    index.commit(caughtUp.format());
    appliedChange.set(max);
    committedChange.set(max);
    long last = max;
    int u = upserts;
    int d = deletes;
    LOG.info(() -> "Library index caught up from change " + after + " to " + last + ": " + u + " indexed, " + d + " removed");
    checkCounts();
  }

  /** Documents the database lost in a crash (an embedded database may drop its last second) leave the index different: rebuild. */
  private void checkCounts() {
    long indexed = index.count();
    long stored = service.count();
    if (indexed != stored) {
      LOG.warning(() -> "Library index holds " + indexed + " documents, the database " + stored + ": rebuilding in the background");
      startRebuild("system");
    }
  }

  @PreDestroy
  void close() {
    try {
      flushSearchLog();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not write the search log on shutdown", e);
    }
    if (index != null) {
      index.commit(marker(appliedChange.get()));
      index.close();
    }
  }

  // ------------------------------------------------------------------------------ writes

  public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) LibraryChanged change) {
    try {
      if (!change.upserts().isEmpty()) {
        index.indexAll(change.upserts());
      }
      for (Long id : change.deletes()) {
        index.delete(id);
      }
      appliedChange.accumulateAndGet(change.lastChangeId(), Math::max);
    } catch (RuntimeException e) {
      // the database has it: the next start-up (or a rebuild) brings the index up to date
      LOG.log(Level.SEVERE, "Index update after change " + change.lastChangeId() + " failed", e);
    }
  }

  public void onSynonyms(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged change) {
    index.replaceSynonyms(Synonyms.parse(change.rules()));
  }

  /** Commits the index with its marker and writes the queued search log, every two seconds. */
  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void housekeeping() {
    long applied = appliedChange.get();
    if (applied != committedChange.get() && !rebuilding.get()) {
      index.commit(marker(applied));
      committedChange.set(applied);
    }
    flushSearchLog();
  }

  private void flushSearchLog() {
    List<SearchLogEntry> batch = search.takeLoggedSearches();
    if (!batch.isEmpty()) {
      service.recordSearches(batch);
    }
  }

  // ------------------------------------------------------------------------------ reads

  public long count() {
    return index.count();
  }

  public Synonyms synonyms() {
    return index.synonyms();
  }

  // ------------------------------------------------------------------------------ rebuild

  public RebuildState rebuildState() {
    return rebuild;
  }

  /** Starts a rebuild from the database in the background; false if one is running already. */
  public boolean startRebuild(String actor) {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    rebuild = new RebuildState(true, 0, service.count(), actor, LocalDateTime.now(), null, null);
    executor.submit(this::runRebuild);
    return true;
  }

  private void runRebuild() {
    RebuildState start = rebuild;
    try {
      // changes after this id are applied live (or by catch-up): the marker may say so
      // before the first read: every change committed by now is in what the rebuild reads
      long lastChange = service.maxChangeId();
      RebuildResult result = index.rebuild(new DatabasePages(), start.total(),
          (done, total) -> rebuild = new RebuildState(true, done, total, start.startedBy(), start.startedAt(), null, null));
      IndexMarker rebuilt = current(appliedChange.get()).afterRebuild(lastChange, LocalDateTime.now());
      appliedChange.accumulateAndGet(rebuilt.appliedChange(), Math::max);
      settledBefore = rebuilt.settledBefore();
      index.commit(marker(appliedChange.get()));
      committedChange.set(appliedChange.get());
      rebuild = new RebuildState(false, result.indexed(), start.total(), start.startedBy(), start.startedAt(), result, null);
      LOG.info(() -> "Library index rebuilt: " + result);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Library index rebuild failed", e);
      rebuild = new RebuildState(false, rebuild.done(), start.total(), start.startedBy(), start.startedAt(), null, String.valueOf(e.getMessage()));
    } finally {
      rebuilding.set(false);
    }
  }

  /** All documents from the database, read in pages of {@value #PAGE} by id (each page one transaction). */
  private final class DatabasePages implements Iterator<IndexableDocument> {
    private List<IndexableDocument> page = List.of();
    private int next;
    private long after;
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      if (next < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      page = service.indexablePage(after, PAGE);
      next = 0;
      if (page.size() < PAGE) {
        exhausted = true;
      }
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).id();
      }
      return !page.isEmpty();
    }

    @Override
    public IndexableDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(next++);
    }
  }
}
