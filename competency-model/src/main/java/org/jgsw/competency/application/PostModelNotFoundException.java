package org.jgsw.competency.application;

import org.jgsw.competency.domain.PostModelId;

/** A use case was asked for a post model version that does not exist. */
public class PostModelNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PostModelId id;

  public PostModelNotFoundException(PostModelId id) {
    super("找不到岗位胜任力模型：" + id);
    this.id = id;
  }

  public PostModelId id() {
    return id;
  }
}
