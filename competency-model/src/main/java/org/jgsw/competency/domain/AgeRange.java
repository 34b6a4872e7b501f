package org.jgsw.competency.domain;

/** An inclusive age range in whole years, e.g. 22–35 岁 for a post open to young cadres. */
public record AgeRange(int min, int max) {

  public AgeRange {
    if (min < 0 || max < 0) {
      throw new IllegalArgumentException("年龄范围不能为负数");
    }
    if (min > max) {
      throw new IllegalArgumentException("年龄范围不正确：下限 " + min + " 岁高于上限 " + max + " 岁");
    }
  }

  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  @Override
  public String toString() {
    return min + "–" + max + " 岁";
  }
}
