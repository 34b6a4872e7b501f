package org.jgsw.portal.competency;

/**
 * Whose levels a rating is about: a member of staff ({@code person.id}) or a candidate
 * ({@code cmp_candidate.id}). The key {@code S123} / {@code C45} is the person ID matching uses.
 */
public enum SubjectKind {
  STAFF("S"),
  CANDIDATE("C");

  private final String prefix;

  SubjectKind(String prefix) {
    this.prefix = prefix;
  }

  public String key(long id) {
    return prefix + id;
  }

  /** The kind of a key such as {@code C45}. */
  public static SubjectKind ofKey(String key) {
    if (key != null && key.startsWith("S")) {
      return STAFF;
    }
    if (key != null && key.startsWith("C")) {
      return CANDIDATE;
    }
    throw new IllegalArgumentException("人员编号格式应为 S数字 或 C数字：" + key);
  }

  /** The numeric ID of a key such as {@code C45}. */
  public static long idOf(String key) {
    ofKey(key);
    try {
      return Long.parseLong(key.substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("人员编号格式应为 S数字 或 C数字：" + key, e);
    }
  }
}
