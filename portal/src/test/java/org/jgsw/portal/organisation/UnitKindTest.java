package org.jgsw.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitKindTest {

  @Test
  void bureausFollowProvinceCityCounty() {
    assertThat(UnitKind.PROVINCE.mayBeChildOf(null)).isTrue();
    assertThat(UnitKind.PROVINCE.mayBeChildOf(UnitKind.CITY)).isFalse();
    assertThat(UnitKind.CITY.mayBeChildOf(UnitKind.PROVINCE)).isTrue();
    assertThat(UnitKind.CITY.mayBeChildOf(UnitKind.COUNTY)).isFalse();
    assertThat(UnitKind.COUNTY.mayBeChildOf(UnitKind.CITY)).isTrue();
    assertThat(UnitKind.COUNTY.mayBeChildOf(UnitKind.PROVINCE)).isFalse();
  }

  @Test
  void departmentsSitInsideABureauButNotInsideAnotherDepartment() {
    assertThat(UnitKind.DEPARTMENT.mayBeChildOf(UnitKind.PROVINCE)).isTrue();
    assertThat(UnitKind.DEPARTMENT.mayBeChildOf(UnitKind.COUNTY)).isTrue();
    assertThat(UnitKind.DEPARTMENT.mayBeChildOf(UnitKind.DEPARTMENT)).isFalse();
    assertThat(UnitKind.DEPARTMENT.mayBeChildOf(null)).isFalse();
  }

  @Test
  void aUnitKnowsItsPathAndBureau() {
    Unit province = new Unit("AH", "安徽省机关事务管理局", UnitKind.PROVINCE, null);
    Unit city = new Unit("AH-HF", "合肥市机关事务管理局", UnitKind.CITY, province);
    Unit dept = new Unit("AH-HF-ZH", "综合科", UnitKind.DEPARTMENT, city);
    assertThat(dept.getPath()).isEqualTo("安徽省机关事务管理局 / 合肥市机关事务管理局 / 综合科");
    assertThat(dept.getBureau()).isSameAs(city);
    assertThat(city.getBureau()).isSameAs(city);
  }
}
