package org.jgsw.portal.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test data: a small organisation and in-memory workbooks. Units: the province bureau AH with the
 * department AH-BGS (办公室), two departments both named 综合科 (AH-HF-ZH, AH-WH-ZH) and an inactive
 * AH-OLD; posts AH-BGS-WM (文秘岗) and AH-BGS-CW (财务岗, inactive) in 办公室, AH-HF-ZH-01 (综合岗).
 */
final class PeopleSheets {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  static final String[] HEADER = {"工号", "姓名", "性别", "出生日期", "学历", "专业", "专业门类", "政治面貌", "参加工作时间", "单位", "岗位", "职级", "进入渠道"};

  static final Unit AH = unit("AH", "安徽省机关事务管理局", UnitKind.PROVINCE, null);
  static final Unit BGS = unit("AH-BGS", "办公室", UnitKind.DEPARTMENT, AH);
  static final Unit HF = unit("AH-HF", "合肥市机关事务管理局", UnitKind.CITY, AH);
  static final Unit WH = unit("AH-WH", "芜湖市机关事务管理局", UnitKind.CITY, AH);
  static final Unit HF_ZH = unit("AH-HF-ZH", "综合科", UnitKind.DEPARTMENT, HF);
  static final Unit WH_ZH = unit("AH-WH-ZH", "综合科", UnitKind.DEPARTMENT, WH);
  static final Unit OLD = unit("AH-OLD", "已撤销处", UnitKind.DEPARTMENT, AH);
  static final Post WENMI = new Post("AH-BGS-WM", "文秘岗", BGS);
  static final Post CAIWU = new Post("AH-BGS-CW", "财务岗", BGS);
  static final Post ZONGHE = new Post("AH-HF-ZH-01", "综合岗", HF_ZH);

  static {
    OLD.setActive(false);
    CAIWU.setActive(false);
  }

  static final List<Unit> UNITS = List.of(AH, BGS, HF, WH, HF_ZH, WH_ZH, OLD);
  static final List<Post> POSTS = List.of(WENMI, CAIWU, ZONGHE);

  private PeopleSheets() {}

  private static Unit unit(String code, String name, UnitKind kind, Unit parent) {
    return new Unit(code, name, kind, parent);
  }

  static PersonImportValidator validator() {
    return new PersonImportValidator(UNITS, POSTS, TODAY);
  }

  /** A good row in the order of {@link #HEADER}; tests change single cells. */
  static Object[] goodRow(String staffNo) {
    return new Object[] {staffNo, "王伟", "男", "1988-03-15", "本科", "行政管理", "管理学", "中共党员", "2010-07-01", "AH-BGS", "AH-BGS-WM", "四级主任科员", "选调生"};
  }

  static Object[] with(Object[] row, int column, Object value) {
    Object[] copy = row.clone();
    copy[column] = value;
    return copy;
  }

  /**
   * A workbook whose first sheet holds the given rows from row 1 on. A cell is a String, a Number, a
   * LocalDate (written as a real Excel date) or null (no cell); a null row leaves the row out.
   */
  static byte[] xlsx(Object[]... rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("人员");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads and checks a file as the import does, without storing anything. */
  static PersonImportValidator.Result check(byte[] xlsx) {
    return validator().validate(PersonSpreadsheet.read(xlsx));
  }
}
