package org.jgsw.competency.application.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jgsw.competency.application.PostModelNotFoundException;
import org.jgsw.competency.application.PostModels;
import org.jgsw.competency.domain.ModelStatus;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.PostModelRepository;

/** Coordinates post model versions over a {@link PostModelRepository}; rules stay in {@link PostModel}. */
public class DefaultPostModels implements PostModels {

  private static final System.Logger LOG = System.getLogger(DefaultPostModels.class.getName());

  private final PostModelRepository repository;

  public DefaultPostModels(PostModelRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  @Override
  public PostModel saveDraft(PostModel draft) {
    if (draft.status() != ModelStatus.DRAFT) {
      throw new IllegalStateException("只能保存草稿，模型 " + draft.id() + " 为" + draft.status().label());
    }
    repository.find(draft.id()).filter(PostModel::isInUse).ifPresent(inUse -> {
      throw new IllegalStateException("模型 " + inUse.id() + " 已在使用，不能直接修改，请新建版本");
    });
    repository.store(draft);
    LOG.log(Level.DEBUG, "Saved draft post model {0}", draft.id());
    return draft;
  }

  @Override
  public PostModel revise(PostModelId latest) {
    PostModel model = load(latest);
    PostModel newest = repository.findLatest(latest.post()).orElse(model);
    if (newest.version() != model.version()) {
      throw new IllegalStateException("只能基于最新版本修订：" + latest.post() + " 的最新版本为 v" + newest.version());
    }
    PostModel revision = model.revise();
    repository.store(revision);
    LOG.log(Level.DEBUG, "Revised post model {0} to {1}", latest, revision.id());
    return revision;
  }

  @Override
  public PostModel publish(PostModelId draft) {
    PostModel published = load(draft).publish();
    repository.findVersions(draft.post()).stream()
        .filter(m -> m.status() == ModelStatus.PUBLISHED)
        .forEach(old -> repository.store(old.archive()));
    repository.store(published);
    LOG.log(Level.DEBUG, "Published post model {0}", draft);
    return published;
  }

  @Override
  public PostModel archive(PostModelId id) {
    PostModel archived = load(id).archive();
    repository.store(archived);
    LOG.log(Level.DEBUG, "Archived post model {0}", id);
    return archived;
  }

  @Override
  public PostModel copy(PostModelId source, PostId target) {
    int version = repository.findLatest(target).map(m -> m.version() + 1).orElse(1);
    PostModel copy = load(source).copyFor(target, version);
    repository.store(copy);
    LOG.log(Level.DEBUG, "Copied post model {0} to {1}", source, copy.id());
    return copy;
  }

  @Override
  public Optional<PostModel> find(PostModelId id) {
    return repository.find(id);
  }

  @Override
  public Optional<PostModel> findCurrent(PostId post) {
    return repository.findVersions(post).stream()
        .filter(m -> m.status() == ModelStatus.PUBLISHED)
        .reduce((older, newer) -> newer.version() > older.version() ? newer : older);
  }

  @Override
  public List<PostModel> versions(PostId post) {
    return repository.findVersions(post);
  }

  @Override
  public List<PostModel> findAll() {
    return repository.findAll();
  }

  private PostModel load(PostModelId id) {
    return repository.find(id).orElseThrow(() -> new PostModelNotFoundException(id));
  }
}
