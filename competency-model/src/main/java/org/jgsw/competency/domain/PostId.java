package org.jgsw.competency.domain;

/**
 * A reference to a post (岗位) by its ID or code. The post itself lives in the portal; this module
 * only keeps the reference, as cross-module links are IDs.
 */
public record PostId(String value) {

  public PostId {
    value = Texts.required(value, "岗位编号不能为空");
    if (value.contains("@")) {
      throw new IllegalArgumentException("岗位编号不能包含 @：" + value);
    }
  }

  public static PostId of(String value) {
    return new PostId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
