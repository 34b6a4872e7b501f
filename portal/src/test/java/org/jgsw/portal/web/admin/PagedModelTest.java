package org.jgsw.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedModelTest {

  record Row(long id, String name) {}

  @Test
  void passesPageAndSortColumnToTheQuery() {
    List<String> calls = new ArrayList<>();
    PagedModel<Row> model = new PagedModel<>(Row::id, () -> 42, (first, size, sort, ascending) -> {
      calls.add(first + "/" + size + "/" + sort + "/" + ascending);
      return List.of(new Row(7, "甲"), new Row(8, "乙"));
    });

    assertThat(model.count(Map.of())).isEqualTo(42);
    List<Row> rows = model.load(30, 15, sortBy(SortMeta.builder().field("code").order(SortOrder.DESCENDING).build()), Map.of());

    assertThat(calls).containsExactly("30/15/code/false");
    model.setWrappedData(rows);
    assertThat(model.getRowKey(rows.get(1))).isEqualTo("8");
    assertThat(model.getRowData("8")).isEqualTo(new Row(8, "乙"));
    assertThat(model.getRowData("99")).isNull();
  }

  @Test
  void noActiveSortMeansTheDefaultOrder() {
    assertThat(PagedModel.sortOf(Map.of())).isEqualTo(new PagedModel.Sort(null, true));
    assertThat(PagedModel.sortOf(null)).isEqualTo(new PagedModel.Sort(null, true));
    assertThat(PagedModel.sortOf(sortBy(SortMeta.builder().field("name").order(SortOrder.UNSORTED).build()))).isEqualTo(new PagedModel.Sort(null, true));
    assertThat(PagedModel.sortOf(sortBy(SortMeta.builder().field("name").order(SortOrder.ASCENDING).build()))).isEqualTo(new PagedModel.Sort("name", true));
  }

  @Test
  void aHugeCountIsCappedForTheTable() {
    PagedModel<Row> model = new PagedModel<>(Row::id, () -> Long.MAX_VALUE, (first, size, sort, ascending) -> List.of());
    assertThat(model.count(Map.of())).isEqualTo(Integer.MAX_VALUE);
  }

  private static Map<String, SortMeta> sortBy(SortMeta meta) {
    Map<String, SortMeta> map = new LinkedHashMap<>();
    map.put(meta.getField(), meta);
    return map;
  }
}
