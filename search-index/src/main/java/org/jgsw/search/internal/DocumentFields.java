package org.jgsw.search.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jgsw.search.api.DocumentStatus;
import org.jgsw.search.api.IndexableDocument;

/** The Lucene fields of a library document, and why each is indexed and stored as it is. */
public final class DocumentFields {

  /** Suffix of the word-segmented twin of a bigram field; see {@link ChineseAnalysis#perField()}. */
  public static final String WORDS_SUFFIX = "_words";

  // Identity
  public static final String ID = "id";
  public static final String EXTERNAL_ID = "external_id";
  // Text, bigram view (matching, highlighting) and words view (scoring)
  public static final String TITLE = "title";
  public static final String TITLE_WORDS = "title" + WORDS_SUFFIX;
  public static final String SUMMARY = "summary";
  public static final String SUMMARY_WORDS = "summary" + WORDS_SUFFIX;
  public static final String BODY = "body";
  public static final String BODY_WORDS = "body" + WORDS_SUFFIX;
  public static final String META = "meta";
  /** Every text field's bigrams in one field: what a search must match (ranking uses the fields). */
  public static final String ALL = "all";
  public static final String NUMBER = "number";
  public static final String NUMBER_KEY = "number_key";
  public static final String ARTICLES = "articles";
  public static final String CLAUSES = "clauses";
  // Facets and filters
  public static final String KIND = "kind";
  public static final String STATUS = "status";
  public static final String REGION = "region";
  public static final String DOMAIN = "domain";
  public static final String YEAR = "year";
  public static final String IN_FORCE_FROM = "in_force_from";
  public static final String IN_FORCE_UNTIL = "in_force_until";
  public static final String DATE = "date";
  public static final String RANK = "rank";
  public static final String EPOCH = "epoch";
  // Suggestions
  public static final String TITLE_KEY = "title_key";
  public static final String TITLE_INITIALS = "title_initials";

  /** Bigram text searched and highlighted: positions for phrases, offsets for the highlighter. */
  private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
  }

  /** Words are scored as terms only (phrases run on bigrams): no positions saves index and time. */
  private static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS.freeze();
  }

  /**
   * The catch-all field only decides whether a document matches: positions for quoted phrases, no
   * frequencies' use for scoring, so no norms.
   */
  private static final FieldType MATCH_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    MATCH_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    MATCH_ONLY.setOmitNorms(true);
    MATCH_ONLY.freeze();
  }

  /** Status multiplies the text score so the current version outranks a repealed twin. */
  public static float rank(DocumentStatus status) {
    return switch (status) {
      case CURRENT -> 1.0f;
      case UPCOMING -> 0.9f;
      case REPEALED -> 0.6f;
    };
  }

  private DocumentFields() {}

  /** The Lucene document for {@code d}, written at {@code epoch} (ms) for rebuild sweeping. */
  public static Document of(IndexableDocument d, long epoch, boolean wordsOnBody) {
    Document doc = new Document();
    // The update/delete key (updateDocument(new Term("id", …))); stored to map hits back to the portal.
    doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
    // Shown in hits only; never searched.
    if (d.externalId() != null) {
      doc.add(new StoredField(EXTERNAL_ID, d.externalId()));
    }

    // Title: bigram view stored with offsets (shown in hits, phrase-matched, suggested by infix);
    // words view for scoring. Weighted highest with the number.
    doc.add(new Field(TITLE, d.title(), STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(TITLE_WORDS, d.title(), WORDS));
    // Exact-prefix suggestions on the whole title, lower-cased: a keyword, not analysed.
    doc.add(new StringField(TITLE_KEY, d.title().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
    // Pinyin initials of the title and of every suffix of it (gwyc finds 四川省公务用车管理办法):
    // keyword terms so a PrefixQuery serves suggestions without scanning.
    String initials = ChineseAnalysis.pinyinInitials(d.title());
    for (int i = 0; i < Math.min(initials.length(), 24); i++) {
      doc.add(new StringField(TITLE_INITIALS, initials.substring(i), Field.Store.NO));
    }

    if (d.number() != null && !d.number().isBlank()) {
      // Shown in hits; the bigram view lets a part of a number ("2500", "国办发") match as text.
      doc.add(new Field(NUMBER, d.number(), STORED_TEXT_WITH_OFFSETS));
      // Normalised keys with and without year: DB51/T 2500-2018, db51t2500 and DB51/T2500 all hit.
      Set<String> keys = new LinkedHashSet<>();
      keys.add(DocumentNumbers.normalise(d.number()));
      keys.add(DocumentNumbers.normaliseWithoutYear(d.number()));
      keys.stream().filter(k -> !k.isEmpty()).forEach(k -> doc.add(new StringField(NUMBER_KEY, k, Field.Store.NO)));
    }

    String summary = d.summary() == null ? "" : d.summary();
    // Summary: stored for a snippet when the body has none; both views like the title.
    doc.add(new Field(SUMMARY, summary, STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(SUMMARY_WORDS, summary, WORDS));

    String body = d.body() == null ? "" : d.body();
    // Body: stored for highlighting from postings offsets (no re-analysis per hit) and for
    // more-like-this; the words view is optional (IndexSettings) as segmenting is the costliest step.
    doc.add(new Field(BODY, body, STORED_TEXT_WITH_OFFSETS));
    if (wordsOnBody) {
      doc.add(new Field(BODY_WORDS, body, WORDS));
    }
    List<Clauses.Clause> clauses = Clauses.of(body);
    // Headings with their offsets, stored compactly to name the clause of the best passage.
    doc.add(new StoredField(CLAUSES, Clauses.encode(clauses)));
    // Normalised heading keys (第12条, 4.2.1): a keyword field so 第十二条 = 第12条 at query time.
    clauses.stream().map(Clauses.Clause::key).distinct()
        .forEach(k -> doc.add(new StringField(ARTICLES, k, Field.Store.NO)));

    // Issuer, region, domains and tags are searched as text with low weight (bigram view only);
    // the portal displays them from its database, so they are not stored here.
    StringBuilder meta = new StringBuilder();
    append(meta, d.issuer());
    append(meta, d.region());
    d.domains().forEach(v -> append(meta, v));
    d.tags().forEach(v -> append(meta, v));
    doc.add(new Field(META, meta.toString(), TextField.TYPE_NOT_STORED));

    // One postings list per bigram for matching instead of a disjunction over five fields: the
    // matching pass of a search over 70,000 hits took 2–17 ms before, see ScoringClauses.
    for (String text : new String[] {d.title(), d.number(), summary, body, meta.toString()}) {
      if (text != null && !text.isBlank()) {
        doc.add(new Field(ALL, text, MATCH_ONLY));
      }
    }

    // Facets: doc values only (counted and filtered per segment by FacetCounts, never by term);
    // kind and status stored for the hit.
    doc.add(new SortedSetDocValuesField(KIND, new BytesRef(d.kind().name())));
    doc.add(new StoredField(KIND, d.kind().name()));
    doc.add(new SortedSetDocValuesField(STATUS, new BytesRef(d.status().name())));
    doc.add(new StoredField(STATUS, d.status().name()));
    if (d.region() != null && !d.region().isBlank()) {
      doc.add(new SortedSetDocValuesField(REGION, new BytesRef(d.region().strip())));
    }
    d.domains().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
        .forEach(v -> doc.add(new SortedSetDocValuesField(DOMAIN, new BytesRef(v))));
    if (d.year() != null) {
      doc.add(new SortedSetDocValuesField(YEAR, new BytesRef(Integer.toString(d.year()))));
    }

    // In force on D ⇔ from ≤ D < until: points for range filters; open ends as MIN/MAX.
    LocalDate from = d.effectiveOn() != null ? d.effectiveOn() : d.issuedOn();
    doc.add(new LongPoint(IN_FORCE_FROM, from == null ? Long.MIN_VALUE : from.toEpochDay()));
    doc.add(new LongPoint(IN_FORCE_UNTIL, d.repealedOn() == null ? Long.MAX_VALUE : d.repealedOn().toEpochDay()));
    // Sort by date: doc values of the day of issue (or effect); undated sort last.
    doc.add(new NumericDocValuesField(DATE, from == null ? Long.MIN_VALUE : (d.issuedOn() != null ? d.issuedOn() : from).toEpochDay()));
    // Status boost read per hit by FunctionScoreQuery: a doc value, not a term.
    doc.add(new FloatDocValuesField(RANK, rank(d.status())));
    // When written: a rebuild deletes what it did not rewrite (epoch < its start).
    doc.add(new LongPoint(EPOCH, epoch));
    return doc;
  }

  private static void append(StringBuilder sb, String value) {
    if (value != null && !value.isBlank()) {
      sb.append(value.strip()).append('\n');
    }
  }
}
