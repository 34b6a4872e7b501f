package org.jgsw.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.portal.organisation.UnitKind;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class UnitTreeTest {

  // 省局 with a city bureau, its county bureau and departments, in the sort order the database returns
  static final UnitRow PROVINCE = new UnitRow(1L, "AH", "安徽省机关事务管理局", UnitKind.PROVINCE, null, true);
  static final UnitRow HEFEI = new UnitRow(2L, "AH-HF", "合肥市机关事务管理局", UnitKind.CITY, 1L, true);
  static final UnitRow FEIXI = new UnitRow(3L, "AH-HF-FX", "肥西县机关事务管理局", UnitKind.COUNTY, 2L, true);
  static final UnitRow OFFICE = new UnitRow(4L, "AH-BGS", "办公室", UnitKind.DEPARTMENT, 1L, true);
  static final UnitRow HEFEI_DEPT = new UnitRow(5L, "AH-HF-ZH", "综合科", UnitKind.DEPARTMENT, 2L, true);
  static final UnitRow CLOSED = new UnitRow(6L, "AH-OLD", "已撤销处室", UnitKind.DEPARTMENT, 1L, false);
  static final List<UnitRow> UNITS = List.of(PROVINCE, HEFEI, FEIXI, OFFICE, HEFEI_DEPT, CLOSED);

  @Test
  void buildsTheTreeKeepingTheSortOrderOfSiblings() {
    TreeNode<UnitRow> root = UnitTree.build(UNITS, true);

    assertThat(root.getChildren()).extracting(TreeNode::getData).containsExactly(PROVINCE);
    TreeNode<UnitRow> province = root.getChildren().get(0);
    assertThat(province.getChildren()).extracting(TreeNode::getData).containsExactly(HEFEI, OFFICE, CLOSED);
    assertThat(province.getChildren().get(0).getChildren()).extracting(TreeNode::getData).containsExactly(FEIXI, HEFEI_DEPT);
    assertThat(province.isExpanded()).isTrue();
  }

  @Test
  void leavesOutInactiveUnitsUnlessAskedFor() {
    TreeNode<UnitRow> province = UnitTree.build(UNITS, false).getChildren().get(0);

    assertThat(province.getChildren()).extracting(TreeNode::getData).containsExactly(HEFEI, OFFICE);
  }

  @Test
  void hidingAnInactiveUnitHidesEverythingBelowIt() {
    UnitRow closedCity = new UnitRow(2L, "AH-HF", "合肥市机关事务管理局", UnitKind.CITY, 1L, false);

    List<UnitTree.Line> lines = UnitTree.lines(List.of(PROVINCE, closedCity, FEIXI, OFFICE), false);

    assertThat(lines).extracting(UnitTree.Line::unit).containsExactly(PROVINCE, OFFICE);
  }

  @Test
  void linesAreDepthFirstWithTheirDepth() {
    List<UnitTree.Line> lines = UnitTree.lines(UNITS, true);

    assertThat(lines).extracting(UnitTree.Line::unit).containsExactly(PROVINCE, HEFEI, FEIXI, HEFEI_DEPT, OFFICE, CLOSED);
    assertThat(lines).extracting(UnitTree.Line::depth).containsExactly(0, 1, 2, 2, 1, 1);
  }

  @Test
  void aUnitWhoseParentIsMissingBecomesARootInsteadOfDisappearing() {
    List<UnitTree.Line> lines = UnitTree.lines(List.of(FEIXI, OFFICE), true);

    assertThat(lines).extracting(UnitTree.Line::unit).containsExactly(FEIXI, OFFICE);
    assertThat(lines).extracting(UnitTree.Line::depth).containsOnly(0);
  }

  @Test
  void aCycleInBadDataShowsEachUnitOnce() {
    UnitRow a = new UnitRow(10L, "A", "A", UnitKind.CITY, 11L, true);
    UnitRow b = new UnitRow(11L, "B", "B", UnitKind.COUNTY, 10L, true);

    assertThat(UnitTree.lines(List.of(PROVINCE, a, b), true)).extracting(UnitTree.Line::unit).containsExactly(PROVINCE);
    assertThat(UnitTree.build(List.of(), true).getChildren()).isEmpty();
  }
}
