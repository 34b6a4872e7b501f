package org.jgsw.competency.domain;

import java.util.Objects;

/**
 * The identity of one version of a post's competency model: the post and the version number
 * (1, 2, …). Matches and gaps carry it, so they always say which version they used. Printed and
 * parsed as {@code VEH-DISPATCH@v2}.
 */
public record PostModelId(PostId post, int version) {

  public PostModelId {
    Objects.requireNonNull(post, "post");
    if (version < 1) {
      throw new IllegalArgumentException("模型版本号必须从 1 开始，实际为 " + version);
    }
  }

  public static PostModelId of(String post, int version) {
    return new PostModelId(PostId.of(post), version);
  }

  /** Parses {@code POST@vN}, the form of {@link #toString()}. */
  public static PostModelId parse(String text) {
    int at = text == null ? -1 : text.lastIndexOf("@v");
    if (at <= 0) {
      throw new IllegalArgumentException("模型编号格式应为 岗位编号@v版本号：" + text);
    }
    try {
      return of(text.substring(0, at), Integer.parseInt(text.substring(at + 2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("模型编号格式应为 岗位编号@v版本号：" + text, e);
    }
  }

  /** The next version of the same post. */
  public PostModelId next() {
    return new PostModelId(post, version + 1);
  }

  @Override
  public String toString() {
    return post + "@v" + version;
  }
}
