package org.jgsw.portal.web.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One report table as the Excel export writes it: a sheet name, the column headings and the rows.
 * Numbers stay numbers (so Excel can sum them), a missing average is “—”, and every workbook ends
 * with the formulas the figures follow.
 */
public record ReportTable(String sheet, List<String> headers, List<List<Object>> rows) {

  public static ReportTable of(String sheet, String... headers) {
    return new ReportTable(sheet, List.of(headers), new ArrayList<>());
  }

  public ReportTable row(Object... values) {
    rows.add(Arrays.asList(values));
    return this;
  }

  /** The tables as an .xlsx workbook, one sheet each, and a last sheet with the formulas. */
  public static byte[] workbook(List<ReportTable> tables, String formulas) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (ReportTable t : tables) {
        t.writeTo(wb);
      }
      wb.createSheet("统计口径").createRow(0).createCell(0).setCellValue(formulas);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds this table as a sheet of {@code wb}. */
  public void writeTo(org.apache.poi.ss.usermodel.Workbook wb) {
    Sheet sheet = wb.createSheet(sheet());
    Row head = sheet.createRow(0);
    for (int i = 0; i < headers().size(); i++) {
      head.createCell(i).setCellValue(headers().get(i));
    }
    int r = 1;
    for (List<Object> values : rows()) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < values.size(); i++) {
        write(row.createCell(i), values.get(i));
      }
    }
  }

  private static void write(Cell cell, Object v) {
    if (v == null) {
      cell.setCellValue("—");
    } else if (v instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b ? "是" : "否");
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d.toString());
    } else {
      cell.setCellValue(v.toString());
    }
  }
}
