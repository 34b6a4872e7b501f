package org.jgsw.portal.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model whose paging and sorting happen in SQL: it only hands the table's page
 * and sort column to a service query. Filters stay in the backing bean (a search box, a select),
 * so the service decides what a column name means and nothing from the request reaches the JPQL.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads one page, sorted by {@code sortField} (a column's {@code field}, or null for the default order). */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> load(int first, int size, String sortField, boolean ascending);
  }

  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  /** The column and direction a table asked for; {@code field} is null when it asked for none. */
  public record Sort(String field, boolean ascending) {
    static final Sort NONE = new Sort(null, true);
  }

  private final Key<T> key;
  private final Count count;
  private final Page<T> page;

  public PagedModel(Key<T> key, Count count, Page<T> page) {
    this.key = key;
    this.count = count;
    this.page = page;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Sort sort = sortOf(sortBy);
    return page.load(first, pageSize, sort.field(), sort.ascending());
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null ? null : rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
  }

  /** The highest-priority active sort of the table; only single-column sorting is offered. */
  static Sort sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy == null) {
      return Sort.NONE;
    }
    return sortBy.values().stream()
        .filter(SortMeta::isActive)
        .sorted()
        .findFirst()
        .map(m -> new Sort(m.getField(), m.getOrder() != SortOrder.DESCENDING))
        .orElse(Sort.NONE);
  }
}
