package org.jgsw.portal.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.portal.cockpit.CockpitUnits.Node;
import org.jgsw.portal.organisation.UnitKind;
import org.junit.jupiter.api.Test;

/** The cockpit's walk over the unit tree: rows of a scope, the path, and the bureau a user may see. */
class CockpitUnitsTest {

  private static final Node PROVINCE = new Node(1, "AH", "省局", UnitKind.PROVINCE, null);
  private static final Node CITY = new Node(2, "AH-HF", "合肥市局", UnitKind.CITY, 1L);
  private static final Node COUNTY = new Node(3, "AH-HF-FX", "肥西县局", UnitKind.COUNTY, 2L);
  private static final Node CITY_DEPT = new Node(4, "AH-HF-ZH", "综合科", UnitKind.DEPARTMENT, 2L);
  private static final Node PROVINCE_DEPT = new Node(5, "AH-BGS", "办公室", UnitKind.DEPARTMENT, 1L);

  private final CockpitUnits units = new CockpitUnits(List.of(PROVINCE, CITY, COUNTY, CITY_DEPT, PROVINCE_DEPT));

  @Test
  void aPersonCountsInTheRowOfTheUnitDirectlyBelowTheScopeThatHoldsTheirUnit() {
    assertThat(units.rowOf(COUNTY.id(), PROVINCE.id())).contains(CITY);
    assertThat(units.rowOf(CITY_DEPT.id(), PROVINCE.id())).contains(CITY);
    assertThat(units.rowOf(PROVINCE_DEPT.id(), PROVINCE.id())).contains(PROVINCE_DEPT);
    assertThat(units.rowOf(COUNTY.id(), CITY.id())).contains(COUNTY);
    assertThat(units.rowOf(CITY.id(), CITY.id())).as("the scope's own people").contains(CITY);
    assertThat(units.rowOf(PROVINCE_DEPT.id(), CITY.id())).as("outside the scope").isEmpty();
  }

  @Test
  void theTopUnitAUserMaySeeIsTheBureauOfTheirUnit() {
    assertThat(units.bureauOf(PROVINCE_DEPT.id())).contains(PROVINCE);
    assertThat(units.bureauOf(CITY_DEPT.id())).contains(CITY);
    assertThat(units.bureauOf(COUNTY.id())).contains(COUNTY);
    assertThat(units.isWithin(COUNTY.id(), CITY.id())).isTrue();
    assertThat(units.isWithin(PROVINCE_DEPT.id(), CITY.id())).isFalse();
    assertThat(units.isWithin(CITY.id(), CITY.id())).isTrue();
  }

  @Test
  void pathRunsFromTheTopDownAndChildrenKeepTheirOrder() {
    assertThat(units.pathTo(COUNTY.id())).containsExactly(PROVINCE, CITY);
    assertThat(units.pathTo(PROVINCE.id())).isEmpty();
    assertThat(units.childrenOf(PROVINCE.id())).containsExactly(CITY, PROVINCE_DEPT);
    assertThat(units.hasChildren(COUNTY.id())).isFalse();
    assertThat(units.root()).contains(PROVINCE);
  }
}
