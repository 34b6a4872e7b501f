package org.jgsw.portal.library;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jgsw.portal.library.LibraryChange.Operation;
import org.jgsw.portal.library.LibraryEdit.Action;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.api.Synonyms;

/**
 * Writes and reads the library. Every write stores the document, an edit-history entry and a
 * change-log row in one transaction, then (after the commit) the index is updated by {@link
 * LibraryIndexing}. Reads of documents for pages and the API.
 */
@Stateless
public class LibraryService {

  @PersistenceContext private EntityManager em;
  @Inject Event<LibraryChanged> changed;
  @Inject Event<SynonymsChanged> synonymsChanged;
  @Inject Event<DocumentsSuperseded> superseded;

  // ------------------------------------------------------------------------------ reading

  public Optional<LibraryDocument> find(long id) {
    return Optional.ofNullable(em.find(LibraryDocument.class, id));
  }

  public Optional<LibraryDocument> findByExternalId(String externalId) {
    return em.createNamedQuery("LibraryDocument.findByExternalId", LibraryDocument.class)
        .setParameter("externalId", externalId).getResultStream().findFirst();
  }

  /** The documents of these ids that exist, in no particular order. */
  public List<LibraryDocument> findAll(java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of()
        : em.createNamedQuery("LibraryDocument.findByIds", LibraryDocument.class).setParameter("ids", List.copyOf(ids)).getResultList();
  }

  /** Documents this one replaces (those whose replacement it is). */
  public List<LibraryDocument> replacedBy(long id) {
    return em.createNamedQuery("LibraryDocument.findReplacing", LibraryDocument.class).setParameter("id", id).getResultList();
  }

  public List<LibraryEdit> history(long id) {
    return em.createNamedQuery("LibraryEdit.findByDocument", LibraryEdit.class).setParameter("id", id).setMaxResults(200).getResultList();
  }

  public long count() {
    return em.createNamedQuery("LibraryDocument.countAll", Long.class).getSingleResult();
  }

  /** The list of library/manage: filter by title, number or external id; newest changes first. */
  public List<LibraryDocument> list(String filter, int first, int max) {
    return listQuery(filter, false).setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countList(String filter) {
    return (Long) listQuery(filter, true).getSingleResult();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private jakarta.persistence.TypedQuery listQuery(String filter, boolean count) {
    String where = filter == null || filter.isBlank() ? "" : " WHERE LOWER(d.title) LIKE :f OR LOWER(d.number) LIKE :f OR LOWER(d.externalId) LIKE :f";
    jakarta.persistence.TypedQuery q = count
        ? em.createQuery("SELECT COUNT(d) FROM LibraryDocument d" + where, Long.class)
        : em.createQuery("SELECT d FROM LibraryDocument d" + where + " ORDER BY d.updatedAt DESC, d.id DESC", LibraryDocument.class);
    if (!where.isEmpty()) {
      q.setParameter("f", "%" + filter.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return q;
  }

  public List<String> domainNames() {
    return em.createNamedQuery("LibraryDomain.findAll", LibraryDomain.class).getResultStream()
        .filter(LibraryDomain::isActive).map(LibraryDomain::getName).toList();
  }

  /** For the index: documents with ids above {@code afterId}, in id order. */
  public List<IndexableDocument> indexablePage(long afterId, int size) {
    List<LibraryDocument> page = em.createNamedQuery("LibraryDocument.pageAfter", LibraryDocument.class)
        .setParameter("after", afterId).setMaxResults(size).getResultList();
    List<IndexableDocument> out = page.stream().map(LibraryDocuments::toIndexable).toList();
    em.clear();
    return out;
  }

  /** For the index catch-up: the documents of these ids that still exist. */
  public List<IndexableDocument> indexable(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<IndexableDocument> out = em.createNamedQuery("LibraryDocument.findByIds", LibraryDocument.class).setParameter("ids", ids)
        .getResultStream().map(LibraryDocuments::toIndexable).toList();
    em.clear();
    return out;
  }

  public Optional<IndexableDocument> indexable(long id) {
    return find(id).map(LibraryDocuments::toIndexable);
  }

  public long maxChangeId() {
    Long max = em.createNamedQuery("LibraryChange.maxId", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /** Change-log rows after {@code afterId}, and any written since {@code since} (late commits). */
  public List<LibraryChange> changesSince(long afterId, LocalDateTime since) {
    return em.createNamedQuery("LibraryChange.since", LibraryChange.class)
        .setParameter("after", afterId).setParameter("since", since).getResultList();
  }

  public Optional<LocalDateTime> changeTime(long id) {
    return em.createNamedQuery("LibraryChange.find", LibraryChange.class).setParameter("id", id)
        .getResultStream().findFirst().map(LibraryChange::getChangedAt);
  }

  // ------------------------------------------------------------------------------ writing

  /** Creates ({@code id == null}) or updates a document. */
  public LibraryDocument save(String actor, Long id, DocumentInput input) {
    LibraryDocument doc;
    Action action;
    if (id == null) {
      doc = new LibraryDocument();
      action = Action.CREATE;
    } else {
      doc = find(id).orElseThrow(() -> new LibraryValidationException(List.of(LibraryProblem.of("id", "problem.document.notFound", id))));
      action = Action.UPDATE;
    }
    List<LibraryProblem> problems = new ArrayList<>(DocumentRules.check(input, domainNames()));
    Long replacement = replacement(input, doc, problems);
    if (input.externalId() != null) {
      findByExternalId(input.externalId()).filter(other -> !other.equals(doc))
          .ifPresent(other -> problems.add(LibraryProblem.of("externalId", "problem.externalId.taken", input.externalId())));
    }
    if (!problems.isEmpty()) {
      throw new LibraryValidationException(problems);
    }
    fire(write(actor, doc, input, replacement, action));
    return doc;
  }

  /**
   * One batch of an import in its own transaction: each line is created, or updated when its
   * externalId exists. A line that breaks a rule is reported and skipped; the others are stored.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BatchOutcome importBatch(String actor, List<NumberedInput> lines, java.util.Locale locale) {
    int created = 0;
    int updated = 0;
    List<LibraryImportReport.Problem> problems = new ArrayList<>();
    List<String> domains = domainNames();
    Set<String> seen = new java.util.HashSet<>();
    List<IndexableDocument> written = new ArrayList<>();
    List<Long> supersededIds = new ArrayList<>();
    long lastChange = 0;
    for (NumberedInput line : lines) {
      DocumentInput in = line.input();
      List<LibraryProblem> p = new ArrayList<>(DocumentRules.check(in, domains));
      if (in.externalId() != null && !seen.add(in.externalId())) {
        p.add(LibraryProblem.of("externalId", "problem.externalId.duplicateInFile", in.externalId()));
      }
      LibraryDocument doc = p.isEmpty() && in.externalId() != null ? findByExternalId(in.externalId()).orElse(null) : null;
      boolean isNew = doc == null;
      LibraryDocument target = isNew ? new LibraryDocument() : doc;
      Long replacement = p.isEmpty() ? replacement(in, target, p) : null;
      if (!p.isEmpty()) {
        problems.add(new LibraryImportReport.Problem(line.line(), in.externalId(),
            LibraryProblem.messages(p, locale)));
        continue;
      }
      Written w = write(actor, target, in, replacement, isNew ? Action.IMPORT : Action.UPDATE);
      written.add(w.document());
      if (w.superseded()) {
        supersededIds.add(w.document().id());
      }
      lastChange = Math.max(lastChange, w.changeId());
      if (isNew) {
        created++;
      } else {
        updated++;
      }
    }
    if (!written.isEmpty()) {
      changed.fire(new LibraryChanged(lastChange, written, List.of()));
    }
    if (!supersededIds.isEmpty()) {
      superseded.fire(new DocumentsSuperseded(supersededIds));
    }
    return new BatchOutcome(created, updated, problems);
  }

  public record NumberedInput(int line, DocumentInput input) {}

  public record BatchOutcome(int created, int updated, List<LibraryImportReport.Problem> problems) {}

  /** Stores the uploaded original's reference and, when given, the text extracted from it. */
  public LibraryDocument attachFile(String actor, long id, String name, String type, String path, long size, String text) {
    LibraryDocument doc = find(id).orElseThrow(() -> new LibraryValidationException(List.of(LibraryProblem.of("id", "problem.document.notFound", id))));
    doc.attachFile(name, type, path, size);
    StringBuilder changes = new StringBuilder("file: " + name + " (" + size + " B)");
    if (text != null && !text.isBlank()) {
      changes.append("\nbody: ").append(length(doc.getBody())).append(" → ").append(text.length()).append(" 字");
      doc.setBody(text.strip());
    }
    doc.touch(actor, LocalDateTime.now());
    em.persist(new LibraryEdit(doc.getId(), doc.getUpdatedAt(), actor, Action.UPLOAD, changes.toString()));
    fire(logChange(doc, Operation.UPSERT, false));
    return doc;
  }

  public void delete(String actor, long id) {
    LibraryDocument doc = find(id).orElseThrow(() -> new LibraryValidationException(List.of(LibraryProblem.of("id", "problem.document.notFound", id))));
    List<IndexableDocument> relinked = new ArrayList<>();
    for (LibraryDocument older : replacedBy(id)) {
      older.setReplacedById(null);
      relinked.add(LibraryDocuments.toIndexable(older));
    }
    LocalDateTime now = LocalDateTime.now();
    em.persist(new LibraryEdit(id, now, actor, Action.DELETE, doc.getTitle()));
    em.remove(doc);
    LibraryChange change = new LibraryChange(id, Operation.DELETE, now);
    em.persist(change);
    for (IndexableDocument r : relinked) {
      em.persist(new LibraryChange(r.id(), Operation.UPSERT, now));
    }
    em.flush();
    changed.fire(new LibraryChanged(change.getId(), relinked, List.of(id)));
    superseded.fire(new DocumentsSuperseded(List.of(id)));
  }

  /** Links the document to exactly these competencies (dictionary codes the caller checked), with history. */
  public LibraryDocument linkCompetencies(String actor, long id, Set<String> codes) {
    LibraryDocument doc = find(id).orElseThrow(() -> new LibraryValidationException(List.of(LibraryProblem.of("id", "problem.document.notFound", id))));
    Set<String> before = new LinkedHashSet<>(doc.getCompetencies());
    Set<String> after = new java.util.TreeSet<>(codes);
    if (!before.equals(after)) {
      doc.getCompetencies().clear();
      doc.getCompetencies().addAll(after);
      StringBuilder changes = new StringBuilder();
      field(changes, "competencies", before, after);
      em.persist(new LibraryEdit(id, LocalDateTime.now(), actor, Action.UPDATE, changes.toString().strip()));
    }
    return doc;
  }

  /** Ids of the documents a librarian linked to the competency {@code code}. */
  public List<Long> idsLinkedTo(String code) {
    return em.createNamedQuery("LibraryDocument.idsLinkedTo", Long.class).setParameter("code", code).getResultList();
  }

  private Long replacement(DocumentInput in, LibraryDocument doc, List<LibraryProblem> problems) {
    if (in.replacedById() != null) {
      if (in.replacedById().equals(doc.getId()) || find(in.replacedById()).isEmpty()) {
        problems.add(LibraryProblem.of("replacedBy", "problem.replacedBy.unknown", in.replacedById()));
        return null;
      }
      return in.replacedById();
    }
    if (in.replacedByExternalId() != null) {
      Optional<LibraryDocument> r = findByExternalId(in.replacedByExternalId());
      if (r.isEmpty() || r.get().equals(doc)) {
        problems.add(LibraryProblem.of("replacedBy", "problem.replacedBy.unknown", in.replacedByExternalId()));
        return null;
      }
      return r.get().getId();
    }
    return null;
  }

  /** A stored document; {@code superseded} when this write repealed it or gave it a new replacement. */
  private record Written(long changeId, IndexableDocument document, boolean superseded) {}

  private void fire(Written w) {
    changed.fire(new LibraryChanged(w.changeId(), List.of(w.document()), List.of()));
    if (w.superseded()) {
      superseded.fire(new DocumentsSuperseded(List.of(w.document().id())));
    }
  }

  private Written write(String actor, LibraryDocument doc, DocumentInput in, Long replacement, Action action) {
    String changes = action == Action.UPDATE ? diff(doc, in, replacement) : in.title();
    boolean superseding = doc.getId() != null
        && DocumentsSuperseded.supersedes(doc.getStatus(), doc.getReplacedById(), in.status(), replacement);
    doc.setExternalId(in.externalId());
    doc.setKind(in.kind());
    doc.setTitle(in.title());
    doc.setNumber(in.number());
    doc.setIssuer(in.issuer());
    doc.setRegion(in.region());
    doc.setStatus(in.status());
    doc.setIssuedOn(in.issuedOn());
    doc.setEffectiveOn(in.effectiveOn());
    doc.setRepealedOn(in.repealedOn());
    doc.setReplacedById(replacement);
    doc.getDomains().clear();
    doc.getDomains().addAll(in.domains());
    doc.getTags().clear();
    doc.getTags().addAll(in.tags());
    doc.setSummary(in.summary());
    doc.setBody(in.body());
    doc.touch(actor, LocalDateTime.now());
    if (doc.getId() == null) {
      em.persist(doc);
    }
    em.persist(new LibraryEdit(doc.getId(), doc.getUpdatedAt(), actor, action, changes));
    return logChange(doc, Operation.UPSERT, superseding);
  }

  private Written logChange(LibraryDocument doc, Operation operation, boolean superseding) {
    LibraryChange change = new LibraryChange(doc.getId(), operation, doc.getUpdatedAt());
    em.persist(change);
    return new Written(change.getId(), LibraryDocuments.toIndexable(doc), superseding);
  }

  /** "field: old → new" for every changed field; long texts by length. */
  static String diff(LibraryDocument d, DocumentInput in, Long replacement) {
    StringBuilder s = new StringBuilder();
    field(s, "externalId", d.getExternalId(), in.externalId());
    field(s, "kind", d.getKind(), in.kind());
    field(s, "title", d.getTitle(), in.title());
    field(s, "number", d.getNumber(), in.number());
    field(s, "issuer", d.getIssuer(), in.issuer());
    field(s, "region", d.getRegion(), in.region());
    field(s, "status", d.getStatus(), in.status());
    field(s, "issuedOn", d.getIssuedOn(), in.issuedOn());
    field(s, "effectiveOn", d.getEffectiveOn(), in.effectiveOn());
    field(s, "repealedOn", d.getRepealedOn(), in.repealedOn());
    field(s, "replacedBy", d.getReplacedById(), replacement);
    field(s, "domains", new LinkedHashSet<>(d.getDomains()), new LinkedHashSet<>(in.domains()));
    field(s, "tags", new LinkedHashSet<>(d.getTags()), new LinkedHashSet<>(in.tags()));
    if (!Objects.equals(d.getSummary(), in.summary())) {
      s.append("summary: ").append(length(d.getSummary())).append(" → ").append(length(in.summary())).append(" 字\n");
    }
    if (!Objects.equals(d.getBody(), in.body())) {
      s.append("body: ").append(length(d.getBody())).append(" → ").append(length(in.body())).append(" 字\n");
    }
    return s.length() == 0 ? "-" : s.toString().strip();
  }

  private static void field(StringBuilder s, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      s.append(name).append(": ").append(before == null ? "∅" : before).append(" → ").append(after == null ? "∅" : after).append('\n');
    }
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  // ------------------------------------------------------------------------------ synonyms, domains, search log

  public String synonymsText() {
    return String.join("\n", em.createNamedQuery("LibrarySynonym.findAll", LibrarySynonym.class).getResultStream().map(LibrarySynonym::getRuleText).toList());
  }

  public Synonyms synonyms() {
    return Synonyms.parse(synonymsText());
  }

  /** Replaces all rules with the lines of {@code text}; the index uses them from the next search. */
  public void saveSynonyms(String actor, String text) {
    em.createQuery("DELETE FROM LibrarySynonym s").executeUpdate();
    int order = 0;
    for (String line : (text == null ? "" : text).split("\\R")) {
      String rule = line.strip();
      if (!rule.isEmpty()) {
        em.persist(new LibrarySynonym(rule.length() > 500 ? rule.substring(0, 500) : rule, order += 10));
      }
    }
    em.persist(new LibraryEdit(0, LocalDateTime.now(), actor, Action.UPDATE, "synonyms"));
    synonymsChanged.fire(new SynonymsChanged(text == null ? "" : text));
  }

  /** Adds a domain to the editable list (a no-op when it exists). */
  public void addDomain(String name) {
    String n = DocumentInput.clean(name);
    if (n == null || n.length() > 40) {
      throw new LibraryValidationException(List.of(LibraryProblem.of("domain", "problem.domain.name")));
    }
    List<LibraryDomain> all = em.createNamedQuery("LibraryDomain.findAll", LibraryDomain.class).getResultList();
    Optional<LibraryDomain> existing = all.stream().filter(d -> d.getName().equals(n)).findFirst();
    if (existing.isPresent()) {
      existing.get().setActive(true);
    } else {
      em.persist(new LibraryDomain(n, all.stream().mapToInt(LibraryDomain::getSortOrder).max().orElse(0) + 10));
    }
  }

  public void recordSearches(List<SearchLogEntry> entries) {
    for (SearchLogEntry e : entries) {
      em.persist(new LibrarySearchRecord(e));
    }
  }

  /** Queries that found nothing, most frequent first. */
  public List<NoResultSearch> noResultSearches(int max) {
    List<Object[]> rows = em.createQuery(
        "SELECT s.queryText, COUNT(s), MAX(s.searchedAt) FROM LibrarySearchRecord s WHERE s.hitCount = 0 AND s.queryText <> '' "
            + "GROUP BY s.queryText ORDER BY COUNT(s) DESC, MAX(s.searchedAt) DESC", Object[].class)
        .setMaxResults(max).getResultList();
    return rows.stream().map(r -> new NoResultSearch((String) r[0], ((Number) r[1]).longValue(), (LocalDateTime) r[2])).toList();
  }
}
