package org.jgsw.competency.testdata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.PostModelRepository;

/** A repository in a map, for service tests and the benchmark. */
public final class InMemoryPostModelRepository implements PostModelRepository {

  private static final Comparator<PostModel> BY_ID =
      Comparator.comparing((PostModel m) -> m.post().value()).thenComparingInt(PostModel::version);

  private final Map<PostModelId, PostModel> models = new ConcurrentHashMap<>();

  @Override
  public Optional<PostModel> find(PostModelId id) {
    return Optional.ofNullable(models.get(id));
  }

  @Override
  public Optional<PostModel> findLatest(PostId post) {
    return findVersions(post).stream().reduce((a, b) -> b);
  }

  @Override
  public List<PostModel> findVersions(PostId post) {
    return models.values().stream().filter(m -> m.post().equals(post)).sorted(BY_ID).toList();
  }

  @Override
  public List<PostModel> findAll() {
    return models.values().stream().sorted(BY_ID).toList();
  }

  @Override
  public void store(PostModel model) {
    models.put(model.id(), model);
  }
}
