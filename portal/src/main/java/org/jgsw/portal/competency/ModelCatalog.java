package org.jgsw.portal.competency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgsw.competency.application.PostModelNotFoundException;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyDictionaryRepository;
import org.jgsw.competency.domain.CompetencyGroup;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * HR's dictionary and post models, in one transaction per call, audited: the portal's side of the
 * module's {@link PostModels} use cases, with the post names the module does not know.
 */
@Stateless
public class ModelCatalog {

  @PersistenceContext private EntityManager em;
  @Inject PostModels models;
  @Inject CompetencyDictionaryRepository dictionary;
  @Inject AuditLog audit;

  public CompetencyDictionary dictionary() {
    return dictionary.load();
  }

  public void saveCompetency(String actor, Competency competency) {
    boolean exists = dictionary.find(competency.code()).isPresent();
    dictionary.store(competency);
    audit.record(actor, exists ? AuditAction.UPDATE : AuditAction.CREATE, "Competency", competency.code().value(), competency.name(), null);
  }

  public void saveGroup(String actor, CompetencyGroup group) {
    dictionary.store(group);
    audit.record(actor, AuditAction.UPDATE, "CompetencyGroup", group.id(), group.name(), null);
  }

  /** Every version of every model, by post then version, with post names. */
  public List<ModelSummary> allVersions() {
    Map<String, String[]> posts = posts();
    return models.findAll().stream().map(m -> summary(m, posts))
        .sorted(Comparator.comparing(ModelSummary::postCode).thenComparing(ModelSummary::version)).toList();
  }

  /** The model of each post now used for matching (its latest published version). */
  public List<ModelSummary> current() {
    Map<String, PostModel> latest = new HashMap<>();
    for (PostModel m : models.findAll()) {
      if (m.status() == ModelStatus.PUBLISHED) {
        latest.merge(m.post().value(), m, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    Map<String, String[]> posts = posts();
    return latest.values().stream().map(m -> summary(m, posts)).sorted(Comparator.comparing(ModelSummary::postCode)).toList();
  }

  public Optional<PostModel> find(PostModelId id) {
    return models.find(id);
  }

  public PostModel require(PostModelId id) {
    return models.find(id).orElseThrow(() -> new PostModelNotFoundException(id));
  }

  public Optional<PostModel> currentOf(String postCode) {
    return models.findCurrent(PostId.of(postCode));
  }

  public List<PostModel> versions(String postCode) {
    return models.versions(PostId.of(postCode));
  }

  public ModelSummary summary(PostModel model) {
    return summary(model, posts());
  }

  /**
   * Saves an edit of {@code base} (or a new model when {@code base} is empty): a draft is changed in
   * place, a version in use gets a new draft version — the version in use never changes.
   */
  public PostModel saveEdit(String actor, String postCode, Optional<PostModel> base, PostModel.Builder edited) {
    PostModel draft = edited.build();
    PostModel saved = models.saveDraft(draft);
    audit.record(actor, base.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "PostModel", saved.id().toString(),
        saved.requirements().size() + " requirements" + base.map(b -> b.isInUse() ? ", new version of " + b.id() : "").orElse(""), null);
    return saved;
  }

  public PostModel publish(String actor, PostModelId draft) {
    PostModel published = models.publish(draft);
    audit.record(actor, AuditAction.UPDATE, "PostModel", draft.toString(), "published", null);
    return published;
  }

  public PostModel copy(String actor, PostModelId source, String targetPost) {
    PostModel copy = models.copy(source, PostId.of(targetPost));
    audit.record(actor, AuditAction.CREATE, "PostModel", copy.id().toString(), "copied from " + source, null);
    return copy;
  }

  /** Post code → {name, unit name} of every post. */
  public Map<String, String[]> posts() {
    Map<String, String[]> posts = new HashMap<>();
    for (Object[] r : em.createQuery("SELECT p.code, p.name, u.name FROM Post p JOIN p.unit u", Object[].class).getResultList()) {
      posts.put((String) r[0], new String[] {(String) r[1], (String) r[2]});
    }
    return posts;
  }

  private static ModelSummary summary(PostModel m, Map<String, String[]> posts) {
    String[] post = posts.getOrDefault(m.post().value(), new String[] {m.post().value(), ""});
    return new ModelSummary(m.id().toString(), m.post().value(), post[0], post[1], m.version(), m.status(), m.requirements().size(),
        (int) m.requirements().stream().filter(Requirement::mustHave).count(), m.basedOn().map(PostModelId::toString).orElse(null));
  }
}
