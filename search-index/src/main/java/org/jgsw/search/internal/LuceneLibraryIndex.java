package org.jgsw.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.jgsw.search.api.DocumentKind;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.LibraryIndex;
import org.jgsw.search.api.RebuildResult;
import org.jgsw.search.api.SearchHit;
import org.jgsw.search.api.SearchPage;
import org.jgsw.search.api.SearchQuery;
import org.jgsw.search.api.Suggestion;
import org.jgsw.search.api.Synonyms;

/**
 * The library index on Lucene: one {@link IndexWriter}, one {@link SearcherManager} (acquire / try /
 * finally release), refreshed by a {@link ControlledRealTimeReopenThread} at most 1 s stale and
 * immediately when a writer waits for its generation — so {@link #index} returns only once the
 * document is searchable (measured: a few ms on a small index, see LibraryIndexTest).
 */
public final class LuceneLibraryIndex implements LibraryIndex {

  private static final Logger LOG = Logger.getLogger(LuceneLibraryIndex.class.getName());
  private static final String MARKER = "marker";
  /**
   * Commit data naming the layout of the fields. An index written with another layout is emptied on
   * open (its marker forgotten), so the portal sees an empty index and rebuilds it from the database.
   */
  private static final String FORMAT = "format";
  static final String CURRENT_FORMAT = "2-catch-all";
  private static final int COMMIT_INTERVAL_SECONDS = 30;
  private static final Set<String> HIT_FIELDS = Set.of(
      DocumentFields.ID, DocumentFields.EXTERNAL_ID, DocumentFields.KIND, DocumentFields.TITLE,
      DocumentFields.NUMBER, DocumentFields.STATUS, DocumentFields.CLAUSES);

  private final Directory directory;
  private final IndexSettings settings;
  private final ChineseAnalysis analysis;
  private final QueryBuilder queries;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final ScheduledExecutorService committer;
  /** One helper thread per core beyond the first: a lone search uses the whole machine. */
  private final SearchHelpers helpers = new SearchHelpers(Runtime.getRuntime().availableProcessors() - 1);
  private final Clock clock;
  private final AtomicReference<String> marker = new AtomicReference<>();
  private final AtomicLong lastEpoch = new AtomicLong();
  private volatile Synonyms synonyms = Synonyms.NONE;
  private volatile List<String[]> vocabulary;

  public LuceneLibraryIndex(Directory directory, IndexSettings settings) {
    this.directory = directory;
    this.settings = settings;
    this.analysis = new ChineseAnalysis(settings.segmenter());
    this.queries = new QueryBuilder(analysis, settings);
    this.clock = Clock.systemUTC();
    try {
      boolean compatible = false;
      if (DirectoryReader.indexExists(directory)) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        compatible = CURRENT_FORMAT.equals(data.get(FORMAT));
        if (compatible) {
          marker.set(data.get(MARKER));
        } else {
          LOG.warning("The library index was written with another field layout: emptied for a rebuild");
        }
      }
      IndexWriterConfig config = new IndexWriterConfig(analysis.perField());
      config.setOpenMode(compatible ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
      // Bigger buffer than the 16 MB default: fewer flushes and merges during a rebuild.
      config.setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(commitData(marker.get()).entrySet());
      searchers = new SearcherManager(writer, new SearcherFactory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.0);
    reopener.setName("library-index-reopen");
    reopener.setDaemon(true);
    reopener.start();
    committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "library-index-commit");
      t.setDaemon(true);
      return t;
    });
    committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_INTERVAL_SECONDS, COMMIT_INTERVAL_SECONDS, TimeUnit.SECONDS);
    updateVocabulary();
  }

  // ---------------------------------------------------------------------------------- writing

  @Override
  public void index(IndexableDocument document) {
    waitFor(write(document, nextEpoch()));
  }

  @Override
  public void indexAll(Iterable<IndexableDocument> documents) {
    long generation = -1;
    for (IndexableDocument d : documents) {
      generation = write(d, nextEpoch());
    }
    if (generation >= 0) {
      waitFor(generation);
    }
  }

  @Override
  public void delete(long id) {
    try {
      waitFor(writer.deleteDocuments(new Term(DocumentFields.ID, Long.toString(id))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long write(IndexableDocument d, long epoch) {
    Document doc = DocumentFields.of(d, epoch, settings.wordsOnBody());
    try {
      return writer.updateDocument(new Term(DocumentFields.ID, Long.toString(d.id())), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Write times in ms, strictly increasing so a rebuild's start separates older writes from newer. */
  private long nextEpoch() {
    long now = clock.millis();
    return lastEpoch.updateAndGet(last -> Math.max(last + 1, now));
  }

  private void waitFor(long generation) {
    try {
      reopener.waitForGeneration(generation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized RebuildResult rebuild(
      Iterator<IndexableDocument> documents, long expectedTotal, RebuildProgress progress) {
    long started = nextEpoch();
    long t0 = System.nanoTime();
    int threads = Math.max(1, settings.indexingThreads());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "library-index-rebuild");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 32);
    AtomicLong done = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try {
      while (documents.hasNext() && failure.get() == null) {
        IndexableDocument d = documents.next();
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            write(d, nextEpoch());
            long n = done.incrementAndGet();
            if (n % 1000 == 0) {
              progress.progress(n, expectedTotal);
            }
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    try {
      // Everything not rewritten since the start is gone from the source.
      Query stale = LongPoint.newRangeQuery(DocumentFields.EPOCH, Long.MIN_VALUE, started - 1);
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = acquire();
      long removed;
      try {
        removed = searcher.count(stale);
      } finally {
        release(searcher);
      }
      long generation = writer.deleteDocuments(stale);
      writer.commit();
      // One segment: no per-segment overhead of the dozens a bulk write leaves. Measured at 100k
      // (SearchBenchmark mix, p50): 1 segment 5.7 ms, 2 segments 6.0 ms (6.8 ms searched by two
      // threads in parallel: slower, so searches stay on the calling thread), 19 segments 8.4 ms.
      // Searches keep using the old segments until the merge is done (≈ 10–40 s at 100k).
      writer.forceMerge(1);
      writer.commit();
      waitFor(generation);
      progress.progress(done.get(), expectedTotal);
      return new RebuildResult(done.get(), removed, (System.nanoTime() - t0) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #rebuild(Iterator, long, RebuildProgress)} from a stream, which is closed. */
  public RebuildResult rebuild(Stream<IndexableDocument> documents, long expectedTotal, RebuildProgress progress) {
    try (documents) {
      return rebuild(documents.iterator(), expectedTotal, progress);
    }
  }

  @Override
  public void commit(String value) {
    try {
      if (value != null) {
        marker.set(value);
        writer.setLiveCommitData(commitData(value).entrySet());
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> commitData(String markerValue) {
    return markerValue == null ? Map.of(FORMAT, CURRENT_FORMAT) : Map.of(FORMAT, CURRENT_FORMAT, MARKER, markerValue);
  }

  @Override
  public Optional<String> lastCommitMarker() {
    return Optional.ofNullable(marker.get());
  }

  private void commitQuietly() {
    try {
      if (writer.hasUncommittedChanges()) {
        writer.commit();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Periodic commit of the library index failed", e);
    }
  }

  // ---------------------------------------------------------------------------------- searching

  @Override
  public SearchPage search(SearchQuery query) {
    long t0 = System.nanoTime();
    QueryBuilder.Built built = queries.build(query.text(), synonyms);
    BooleanQuery.Builder matchBuilder = new BooleanQuery.Builder().add(MatchingQuery.of(built.query()), Occur.FILTER);
    if (query.inForceOn() != null) {
      long day = query.inForceOn().toEpochDay();
      matchBuilder.add(LongPoint.newRangeQuery(DocumentFields.IN_FORCE_FROM, Long.MIN_VALUE, day), Occur.FILTER);
      matchBuilder.add(LongPoint.newRangeQuery(DocumentFields.IN_FORCE_UNTIL, day + 1, Long.MAX_VALUE), Occur.FILTER);
    }
    if (query.restrictTo() != null) {
      // Part of "matching", so the total and every facet count only the allowed documents.
      matchBuilder.add(idIn(query.restrictTo()), Occur.FILTER);
    }
    Query matching = matchBuilder.build();
    List<FacetCounts.Dimension> dimensions = List.of(
        new FacetCounts.Dimension(SearchPage.KIND, DocumentFields.KIND, names(query.kinds())),
        new FacetCounts.Dimension(SearchPage.REGION, DocumentFields.REGION, query.regions()),
        new FacetCounts.Dimension(SearchPage.DOMAIN, DocumentFields.DOMAIN, query.domains()),
        new FacetCounts.Dimension(SearchPage.STATUS, DocumentFields.STATUS, names(query.statuses())),
        new FacetCounts.Dimension(SearchPage.YEAR, DocumentFields.YEAR, strings(query.years())));
    FacetCounts facets = new FacetCounts(dimensions);
    IndexSearcher searcher = acquire();
    try {
      // Pass 1, no scores: the total and the facet counts over every match, in two halves side by side.
      helpers.searchInHalves(searcher, matching, facets);
      // Pass 2, scores: only the page, so Lucene may skip documents that cannot reach it.
      int numHits = (query.page() + 1) * query.size();
      ScoreDoc[] top = facets.total() == 0 ? new ScoreDoc[0]
          : query.sort() == SearchQuery.Sort.DATE
              ? newestFirst(searcher, new AcceptedDocsQuery(facets), ScoringClauses.of(built.query()), numHits)
              : RankedTop.of(searcher, ScoringClauses.split(built.query()), facets, numHits, helpers);
      int from = Math.min(top.length, query.page() * query.size());
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top, from, Math.min(top.length, from + query.size()));
      List<SearchHit> hits = hits(searcher, page, built, true);
      long tookMs = (System.nanoTime() - t0) / 1_000_000;
      LOG.log(Level.FINE, "search \"{0}\": {1} hits in {2} ms", new Object[] {query.text(), facets.total(), tookMs});
      return new SearchPage(facets.total(), tookMs, hits, facets.facets());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Documents whose id is one of {@code ids}: one term lookup per id on the (indexed, untokenized) id field. */
  private static Query idIn(Set<Long> ids) {
    return new org.apache.lucene.search.TermInSetQuery(DocumentFields.ID, ids.stream().map(id -> new BytesRef(Long.toString(id))).toList());
  }

  /** Date sort: newest first among the accepted matches, no scoring pass; scores filled in for the page. */
  private static ScoreDoc[] newestFirst(IndexSearcher searcher, Query accepted, Query scoring, int numHits)
      throws IOException {
    Sort byDate = new Sort(new SortField(DocumentFields.DATE, SortField.Type.LONG, true));
    TopDocs top = searcher.search(accepted, new TopFieldCollectorManager(byDate, numHits, null, numHits, true));
    if (scoring != null && top.scoreDocs.length > 0) {
      Query scored = new BooleanQuery.Builder().add(accepted, Occur.FILTER).add(scoring, Occur.SHOULD).build();
      TopFieldCollector.populateScores(top.scoreDocs, searcher, scored);
      RankedTop.applyRank(searcher, top.scoreDocs);
    }
    return top.scoreDocs;
  }

  /**
   * The snippets of a page of hits with the hit's stored fields (read once with the text): the
   * second half on a helper thread while this one does the first.
   */
  private Snippets.Hit[] snippets(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    int half = (docIds.length + 1) / 2;
    Snippets.Hit[] result = new Snippets.Hit[docIds.length];
    int[] secondHalf = java.util.Arrays.copyOfRange(docIds, half, docIds.length);
    int[] firstHalf = java.util.Arrays.copyOf(docIds, half);
    helpers.inParallel(
        () -> System.arraycopy(snippets(searcher).hits(query, firstHalf, 2), 0, result, 0, half),
        () -> System.arraycopy(snippets(searcher).hits(query, secondHalf, 2), 0, result, half, secondHalf.length));
    return result;
  }

  private Snippets snippets(IndexSearcher searcher) {
    return new Snippets(searcher, analysis.perField(), HIT_FIELDS, true);
  }

  private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] scoreDocs, QueryBuilder.Built built, boolean highlight)
      throws IOException {
    int[] docIds = new int[scoreDocs.length];
    for (int i = 0; i < scoreDocs.length; i++) {
      docIds[i] = scoreDocs[i].doc;
    }
    Snippets.Hit[] snippets = highlight ? snippets(searcher, built.highlight(), docIds) : null;
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(scoreDocs.length);
    for (int i = 0; i < scoreDocs.length; i++) {
      Document doc = snippets != null && snippets[i].fields() != null ? snippets[i].fields()
          : stored.document(docIds[i], HIT_FIELDS);
      String clause = null;
      List<String> texts = List.of();
      if (snippets != null) {
        Snippets.Result found = snippets[i].snippets();
        texts = found.snippets();
        List<Clauses.Clause> clauses = Clauses.decode(doc.get(DocumentFields.CLAUSES));
        clause = clauses.stream().filter(c -> built.articleKeys().contains(c.key()))
            .map(Clauses.Clause::label).findFirst().orElse(null);
        if (clause == null && found.bestOffset() >= 0) {
          Clauses.Clause at = Clauses.at(clauses, found.bestOffset());
          clause = at == null ? null : at.label();
        }
      }
      float score = Float.isNaN(scoreDocs[i].score) ? 0f : scoreDocs[i].score;
      hits.add(new SearchHit(
          Long.parseLong(doc.get(DocumentFields.ID)),
          doc.get(DocumentFields.EXTERNAL_ID),
          DocumentKind.valueOf(doc.get(DocumentFields.KIND)),
          doc.get(DocumentFields.TITLE),
          doc.get(DocumentFields.NUMBER),
          DocumentStatus.valueOf(doc.get(DocumentFields.STATUS)),
          score, texts, clause));
    }
    return hits;
  }

  @Override
  public List<Suggestion> suggest(String prefix, int max) {
    if (prefix == null || max <= 0) {
      return List.of();
    }
    String typed = Normalizer.normalize(prefix, Normalizer.Form.NFKC).strip();
    if (typed.isEmpty() || typed.length() > 50) {
      return List.of();
    }
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    boolean initialsOnly = lower.chars().allMatch(c -> c >= 'a' && c <= 'z');
    Map<String, Suggestion> result = new LinkedHashMap<>();
    for (String[] term : vocabulary) {
      if (result.size() >= max) {
        break;
      }
      if (term[0].startsWith(typed) || (initialsOnly && term[1].startsWith(lower))) {
        result.putIfAbsent(term[0], new Suggestion(term[0], Suggestion.Type.TERM, null));
      }
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new PrefixQuery(new Term(DocumentFields.TITLE_KEY, lower)), 3f), Occur.SHOULD);
    List<String> bigrams = ChineseAnalysis.terms(analysis.bigrams(), DocumentFields.TITLE, typed);
    if (!bigrams.isEmpty() && lower.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      bigrams.forEach(b -> all.add(new TermQuery(new Term(DocumentFields.TITLE, b)), Occur.FILTER));
      any.add(new ConstantScoreQuery(all.build()), Occur.SHOULD);
    }
    if (initialsOnly) {
      any.add(new PrefixQuery(new Term(DocumentFields.TITLE_INITIALS, lower)), Occur.SHOULD);
    }
    String numberKey = DocumentNumbers.normalise(typed);
    boolean numberLike = numberKey.chars().anyMatch(Character::isDigit) || initialsOnly;
    if (numberLike && !numberKey.isEmpty()) {
      any.add(new BoostQuery(new PrefixQuery(new Term(DocumentFields.NUMBER_KEY, numberKey)), 2f), Occur.SHOULD);
    }
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(
          FunctionScoreQuery.boostByValue(any.build(), DoubleValuesSource.fromFloatField(DocumentFields.RANK)), max * 2);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        if (result.size() >= max) {
          break;
        }
        Document doc = stored.document(sd.doc, Set.of(DocumentFields.ID, DocumentFields.TITLE, DocumentFields.NUMBER));
        long id = Long.parseLong(doc.get(DocumentFields.ID));
        String number = doc.get(DocumentFields.NUMBER);
        if (numberLike && number != null && (DocumentNumbers.normalise(number).startsWith(numberKey)
            || DocumentNumbers.normaliseWithoutYear(number).startsWith(numberKey))) {
          result.putIfAbsent(number, new Suggestion(number, Suggestion.Type.NUMBER, id));
        } else {
          result.putIfAbsent(doc.get(DocumentFields.TITLE), new Suggestion(doc.get(DocumentFields.TITLE), Suggestion.Type.TITLE, id));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
    return List.copyOf(result.values());
  }

  @Override
  public List<SearchHit> moreLikeThis(long id, int max) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs self = searcher.search(new TermQuery(new Term(DocumentFields.ID, Long.toString(id))), 1);
      if (self.scoreDocs.length == 0 || max <= 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analysis.perField());
      mlt.setFieldNames(new String[] {DocumentFields.TITLE, DocumentFields.SUMMARY, DocumentFields.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(40);
      mlt.setBoost(true);
      Query like = new BooleanQuery.Builder()
          .add(mlt.like(self.scoreDocs[0].doc), Occur.MUST)
          .add(new TermQuery(new Term(DocumentFields.ID, Long.toString(id))), Occur.MUST_NOT)
          .build();
      TopDocs top = searcher.search(
          FunctionScoreQuery.boostByValue(like, DoubleValuesSource.fromFloatField(DocumentFields.RANK)), max);
      return hits(searcher, top.scoreDocs, null, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public long count() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  @Override
  public Synonyms synonyms() {
    return synonyms;
  }

  @Override
  public void replaceSynonyms(Synonyms value) {
    synonyms = value == null ? Synonyms.NONE : value;
    updateVocabulary();
  }

  /** Domain terms and synonyms with their pinyin initials, for term suggestions. */
  private void updateVocabulary() {
    java.util.Set<String> terms = new java.util.LinkedHashSet<>(ChineseAnalysis.DOMAIN_TERMS);
    synonyms.rules().forEach((from, to) -> {
      terms.add(from);
      terms.addAll(to);
    });
    List<String[]> list = new ArrayList<>();
    terms.forEach(t -> list.add(new String[] {t, ChineseAnalysis.pinyinInitials(t)}));
    vocabulary = List.copyOf(list);
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
  }

  private static Set<String> strings(Set<Integer> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public void close() {
    committer.shutdownNow();
    helpers.close();
    reopener.close();
    try {
      writer.commit();
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
