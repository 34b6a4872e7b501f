package org.jgsw.competency.domain;

import java.util.List;
import java.util.Optional;

/** Where post models are kept, every version of every post. */
public interface PostModelRepository {

  Optional<PostModel> find(PostModelId id);

  /** The highest version of {@code post}'s model, whatever its status. */
  Optional<PostModel> findLatest(PostId post);

  /** Every version of {@code post}'s model, oldest first. */
  List<PostModel> findVersions(PostId post);

  List<PostModel> findAll();

  /** Adds a new version, or replaces the stored one with the same ID. */
  void store(PostModel model);
}
