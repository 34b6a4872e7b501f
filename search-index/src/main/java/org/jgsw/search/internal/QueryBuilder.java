package org.jgsw.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jgsw.search.api.Synonyms;

/**
 * Turns what a user typed into a Lucene query, programmatically: no query syntax is parsed, so
 * {@code / ( " * AND} and any other input are words or ignored, never an error.
 *
 * <p>Shape: a document must match enough of the query's bigrams ({@link IndexSettings#minShouldMatch}
 * of them, each in any text field, weighted per field) <em>or</em> a document number typed in the
 * query; quoted phrases must match as phrases; article references (第十二条) match the normalised
 * heading keys. Words (segmented) and the exact phrase add to the score. Synonyms add variants of the
 * text, any of which may match.
 */
final class QueryBuilder {

  /** The query to run, the one to highlight body text with, and article keys typed in the query. */
  record Built(Query query, Query highlight, Set<String> articleKeys, boolean matchAll) {}

  private static final int MAX_INPUT = 200;

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|「([^」]*)」|『([^』]*)』");

  /** A 文号: authority code, year in brackets or not, sequence, 号 (brackets or 号 required). */
  private static final Pattern ISSUE_NUMBER =
      Pattern.compile("(\\p{IsHan}{2,12})\\s*(?:[〔\\[(【〖［﹝（]\\s*((?:19|20)\\d{2})\\s*[〕\\])】〗］﹞）]\\s*第?\\s*(\\d{1,4})\\s*号?"
          + "|((?:19|20)\\d{2})\\s*第?\\s*(\\d{1,4})\\s*号)");

  /** A standard number: DB51/T 2500-2018, db51t2500, GB/T 2887, ISO 9001:2015, T/CECS 10001. */
  private static final Pattern STANDARD_NUMBER =
      Pattern.compile("(?i)(?<![a-z0-9])[a-z]{1,6}\\s?\\d{0,3}(?:\\s*[/\\\\_]?\\s*[a-z]{1,6})?\\s*\\d{1,6}(?:\\.\\d{1,4})*(?:\\s*[-:—–]\\s*\\d{1,4}){0,3}(?![a-z0-9])");

  /** Query-language operators people paste; searched as nothing. */
  private static final Pattern OPERATORS = Pattern.compile("\\b(?:AND|OR|NOT|TO)\\b|&&|\\|\\|");

  /** Question words that carry no topic (如何, 哪些 …); they split the text instead. */
  private static final Pattern QUESTION_WORDS =
      Pattern.compile("请问|有哪些|哪些|什么|怎么|怎样|如何|是否|为什么|吗|呢|的|了|关于|有关");

  private final ChineseAnalysis analysis;
  private final IndexSettings settings;

  QueryBuilder(ChineseAnalysis analysis, IndexSettings settings) {
    this.analysis = analysis;
    this.settings = settings;
  }

  Built build(String input, Synonyms synonyms) {
    String text = input == null ? "" : input;
    if (text.length() > MAX_INPUT) {
      text = text.substring(0, MAX_INPUT);
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);

    Set<String> numberKeys = numberKeys(text);
    Set<String> articleKeys = Clauses.referencesInQuery(text);
    text = Clauses.withoutReferences(text);

    List<String> phrases = new ArrayList<>();
    Matcher q = QUOTED.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (q.find()) {
      for (int g = 1; g <= 4; g++) {
        if (q.group(g) != null && !q.group(g).isBlank()) {
          phrases.add(q.group(g));
        }
      }
      q.appendReplacement(rest, " ");
    }
    q.appendTail(rest);
    text = OPERATORS.matcher(rest.toString()).replaceAll(" ");
    text = QUESTION_WORDS.matcher(text).replaceAll(" ");

    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    Query textQuery = textQuery(text, synonyms, highlight);

    List<Query> phraseQueries = new ArrayList<>();
    for (String phrase : phrases) {
      Query p = phraseAnywhere(phrase, highlight);
      if (p != null) {
        phraseQueries.add(p);
      }
    }

    Query numbers = null;
    if (!numberKeys.isEmpty()) {
      BooleanQuery.Builder nb = new BooleanQuery.Builder();
      numberKeys.forEach(k -> nb.add(new TermQuery(new Term(DocumentFields.NUMBER_KEY, k)), Occur.SHOULD));
      // A number typed is the strongest signal there is: it names one document.
      numbers = new BoostQuery(new ConstantScoreQuery(nb.build()), 50f);
    }
    Query articles = null;
    if (!articleKeys.isEmpty()) {
      BooleanQuery.Builder ab = new BooleanQuery.Builder();
      articleKeys.forEach(k -> ab.add(new TermQuery(new Term(DocumentFields.ARTICLES, k)), Occur.SHOULD));
      articles = new BoostQuery(new ConstantScoreQuery(ab.build()), 2f);
    }

    BooleanQuery.Builder root = new BooleanQuery.Builder();
    boolean matchAll = false;
    if (textQuery != null && numbers != null) {
      root.add(new BooleanQuery.Builder().add(textQuery, Occur.SHOULD).add(numbers, Occur.SHOULD).build(), Occur.MUST);
    } else if (textQuery != null) {
      root.add(textQuery, Occur.MUST);
    } else if (numbers != null) {
      root.add(numbers, Occur.MUST);
    } else if (articles != null) {
      root.add(articles, Occur.MUST);
      articles = null;
    } else if (phraseQueries.isEmpty()) {
      root.add(new MatchAllDocsQuery(), Occur.MUST);
      matchAll = true;
    }
    phraseQueries.forEach(p -> root.add(p, Occur.MUST));
    if (articles != null) {
      root.add(articles, Occur.SHOULD);
    }
    return new Built(root.build(), highlight.build(), articleKeys, matchAll);
  }

  /** Normalised keys of the numbers found in {@code text}, with and without authority prefix. */
  static Set<String> numberKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher issue = ISSUE_NUMBER.matcher(text);
    while (issue.find()) {
      String authority = issue.group(1);
      String year = issue.group(2) != null ? issue.group(2) : issue.group(4);
      String seq = issue.group(3) != null ? issue.group(3) : issue.group(5);
      // The Han run before the bracket may start with other words (关于国办发〔2017〕71号): try its tails.
      for (int i = 0; i + 2 <= authority.length(); i++) {
        keys.add(DocumentNumbers.normalise(authority.substring(i) + "〔" + year + "〕" + seq + "号"));
      }
    }
    Matcher standard = STANDARD_NUMBER.matcher(text);
    while (standard.find()) {
      String key = DocumentNumbers.normalise(standard.group());
      if (key.chars().anyMatch(Character::isDigit) && key.chars().anyMatch(Character::isLetter)) {
        keys.add(key);
      }
    }
    keys.remove("");
    return keys;
  }

  /** Text variants (original + synonyms) OR-ed; {@code null} if the text has no searchable term. */
  private Query textQuery(String text, Synonyms synonyms, BooleanQuery.Builder highlight) {
    Map<String, Boolean> variants = new LinkedHashMap<>();
    variants.put(text, true);
    synonyms.rules().forEach((from, targets) -> {
      if (text.contains(from)) {
        targets.forEach(t -> variants.put(text.replace(from, t), false));
      }
    });
    List<Query> queries = new ArrayList<>();
    for (String variant : variants.keySet()) {
      Query v = variantQuery(variant, highlight);
      if (v != null) {
        queries.add(v);
      }
    }
    if (queries.isEmpty()) {
      return null;
    }
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(v -> any.add(v, Occur.SHOULD));
    return any.build();
  }

  private Query variantQuery(String text, BooleanQuery.Builder highlight) {
    Set<String> units = new LinkedHashSet<>();
    List<List<String>> chunkBigrams = new ArrayList<>();
    boolean segmenting = analysis.segmenter() != ChineseAnalysis.Segmenter.NONE;
    int wordBoundaries = 0;
    for (String chunk : text.split("[\\s\\p{P}\\p{S}]+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      List<String> bigrams = ChineseAnalysis.terms(analysis.bigrams(), DocumentFields.BODY, chunk);
      // A lone Han character is no bigram and would match nothing in the bigram fields.
      bigrams.removeIf(t -> t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN);
      int before = units.size();
      units.addAll(bigrams);
      int added = units.size() - before;
      if (segmenting && added > 1) {
        // A bigram spanning two words (差旅|住宿 → 旅住) need not occur in a relevant document:
        // allow one miss per word boundary the segmenter sees, keeping at least one bigram per chunk.
        int words = ChineseAnalysis.terms(analysis.words(), DocumentFields.BODY_WORDS, chunk).size();
        wordBoundaries += Math.min(added - 1, Math.max(0, words - 1));
      }
      if (bigrams.size() >= 2) {
        chunkBigrams.add(bigrams);
      }
    }
    List<String> words = analysis.segmenter() == ChineseAnalysis.Segmenter.NONE
        ? List.of() : ChineseAnalysis.terms(analysis.words(), DocumentFields.BODY_WORDS, text);
    if (units.isEmpty() && words.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    for (String unit : units) {
      required.add(acrossFields(unit, false), Occur.SHOULD);
      highlight.add(new TermQuery(new Term(DocumentFields.BODY, unit)), Occur.SHOULD);
      highlight.add(new TermQuery(new Term(DocumentFields.SUMMARY, unit)), Occur.SHOULD);
    }
    BooleanQuery.Builder variant = new BooleanQuery.Builder();
    if (!units.isEmpty()) {
      int expected = units.size() - wordBoundaries;
      required.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(expected * settings.minShouldMatch())));
      variant.add(required.build(), Occur.MUST);
    }
    if (!words.isEmpty()) {
      BooleanQuery.Builder wb = new BooleanQuery.Builder();
      for (String w : new LinkedHashSet<>(words)) {
        wb.add(acrossFields(w, true), Occur.SHOULD);
      }
      Query wq = new BoostQuery(wb.build(), settings.wordsWeight());
      variant.add(wq, units.isEmpty() ? Occur.MUST : Occur.SHOULD);
    }
    for (List<String> bigrams : chunkBigrams) {
      variant.add(new BoostQuery(phrase(DocumentFields.TITLE, bigrams), settings.phraseWeight() * settings.titleWeight()), Occur.SHOULD);
      variant.add(new BoostQuery(phrase(DocumentFields.BODY, bigrams), settings.phraseWeight()), Occur.SHOULD);
    }
    return variant.build();
  }

  /** One term in every text field, weighted per field; the best field counts (dis-max). */
  private Query acrossFields(String term, boolean words) {
    List<Query> fields = new ArrayList<>();
    if (words) {
      fields.add(boost(DocumentFields.TITLE_WORDS, term, settings.titleWeight()));
      fields.add(boost(DocumentFields.SUMMARY_WORDS, term, settings.summaryWeight()));
      if (settings.wordsOnBody()) {
        fields.add(boost(DocumentFields.BODY_WORDS, term, settings.bodyWeight()));
      }
    } else {
      fields.add(boost(DocumentFields.TITLE, term, settings.titleWeight()));
      fields.add(boost(DocumentFields.NUMBER, term, settings.numberWeight()));
      fields.add(boost(DocumentFields.SUMMARY, term, settings.summaryWeight()));
      fields.add(boost(DocumentFields.BODY, term, settings.bodyWeight()));
      fields.add(boost(DocumentFields.META, term, settings.metaWeight()));
    }
    return new DisjunctionMaxQuery(fields, 0.1f);
  }

  private static Query boost(String field, String term, float weight) {
    return new BoostQuery(new TermQuery(new Term(field, term)), weight);
  }

  /** A quoted phrase: must appear as written in title, summary or body. */
  private Query phraseAnywhere(String phrase, BooleanQuery.Builder highlight) {
    List<String> terms = ChineseAnalysis.terms(analysis.bigrams(), DocumentFields.BODY, phrase);
    if (terms.isEmpty()) {
      return null;
    }
    List<Query> fields = new ArrayList<>();
    for (String field : List.of(DocumentFields.TITLE, DocumentFields.SUMMARY, DocumentFields.BODY)) {
      fields.add(terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0))) : phrase(field, terms));
    }
    highlight.add(fields.get(2), Occur.SHOULD);
    highlight.add(fields.get(1), Occur.SHOULD);
    return new DisjunctionMaxQuery(fields, 0.1f);
  }

  private static Query phrase(String field, List<String> terms) {
    PhraseQuery.Builder pb = new PhraseQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      pb.add(new Term(field, terms.get(i)), i);
    }
    return pb.build();
  }

  static Query none() {
    return new MatchNoDocsQuery();
  }
}
