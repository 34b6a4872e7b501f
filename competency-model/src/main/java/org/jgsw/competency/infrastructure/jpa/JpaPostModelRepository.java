package org.jgsw.competency.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.competency.domain.PostModelRepository;

/**
 * Post model versions in {@code cmp_post_model} and {@code cmp_requirement}. Every read is one SQL
 * statement (the requirements are fetched with the model). Joins the caller's transaction, or
 * starts one.
 */
@ApplicationScoped
@Transactional
public class JpaPostModelRepository implements PostModelRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PostModel> find(PostModelId id) {
    return record(id).map(PostModelRecord::toDomain);
  }

  @Override
  public Optional<PostModel> findLatest(PostId post) {
    List<PostModel> versions = findVersions(post);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public List<PostModel> findVersions(PostId post) {
    return em.createNamedQuery("PostModelRecord.findByPost", PostModelRecord.class)
        .setParameter("post", post.value())
        .getResultList().stream().map(PostModelRecord::toDomain).toList();
  }

  @Override
  public List<PostModel> findAll() {
    return em.createNamedQuery("PostModelRecord.findAll", PostModelRecord.class)
        .getResultList().stream().map(PostModelRecord::toDomain).toList();
  }

  @Override
  public void store(PostModel model) {
    Optional<PostModelRecord> existing = record(model.id());
    if (existing.isPresent()) {
      existing.get().copyFrom(model);
    } else {
      em.persist(new PostModelRecord(model));
    }
  }

  private Optional<PostModelRecord> record(PostModelId id) {
    return em.createNamedQuery("PostModelRecord.findById", PostModelRecord.class)
        .setParameter("post", id.post().value())
        .setParameter("version", id.version())
        .getResultList().stream().findFirst();
  }
}
