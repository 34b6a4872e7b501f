package org.jgsw.competency.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;

/**
 * HR's use cases for post competency models: drafts, versions, publishing, copying. A version in
 * use is never changed; editing it means {@link #revise revising} to a new draft.
 */
public interface PostModels {

  /**
   * Stores a draft built with {@link PostModel#draft} or {@link PostModel#edit()}. Refused
   * ({@link IllegalStateException}) if it is not a draft, or would overwrite a version in use.
   */
  PostModel saveDraft(@NotNull PostModel draft);

  /** Creates the next version of the latest version of a post's model, as a draft, and stores it. */
  PostModel revise(@NotNull PostModelId latest);

  /** Publishes a draft; the post's previously published version is archived. */
  PostModel publish(@NotNull PostModelId draft);

  PostModel archive(@NotNull PostModelId id);

  /** Copies {@code source} to {@code target} post as its next version (a draft), and stores it. */
  PostModel copy(@NotNull PostModelId source, @NotNull PostId target);

  Optional<PostModel> find(@NotNull PostModelId id);

  /** The version of {@code post}'s model now used for matching: the latest published one. */
  Optional<PostModel> findCurrent(@NotNull PostId post);

  /** Every version of {@code post}'s model, oldest first. */
  List<PostModel> versions(@NotNull PostId post);

  List<PostModel> findAll();
}
