package org.jgsw.portal.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 说明 (notes) sheet of the people import template: how the file is read, every column's rules
 * with its allowed values, and the codes of the units and posts the file may name.
 */
final class PersonTemplateHelp {

  static final List<String> NOTES = List.of(
      "人员导入说明（How to fill in the sheet 人员）",
      "1. 第 1 行为表头，列的顺序可以调整；也可使用英文列名（如 Staff No、Name、Birth date）。红色列名为必填列。",
      "2. 第 2 行（灰色）是示例，导入前请删除或改为真实数据。",
      "3. 以工号为准：系统中已有的工号更新该人员，新工号新建人员；同一文件中工号重复时，后出现的行不导入。",
      "4. 有问题的行不导入，导入报告会列出其行号（表头为第 1 行）和全部原因；其他行照常导入。空行自动跳过。",
      "5. 日期可填 Excel 日期，或文字 1990-05-01、1990/5/1、1990.05.01、19900501；只填年月（如 2012.07）时按当月 1 日计。",
      "6. 按出生日期计算的年龄须在 16–70 岁之间；参加工作时间不能晚于今天，也不能早于年满 16 周岁。",
      "7. 代码类的列可填中文名称、英文名称或代码，如“本科”“Bachelor”“BACHELOR”；可选值见下表。",
      "8. 进入渠道留空时按“其他”处理；政治面貌、专业门类、岗位、职级、专业、参加工作时间可留空。",
      "9. 文件须为 .xlsx 格式（Excel 2007 及以上），不超过 5 MB；.xls 请先在 Excel 中另存为 .xlsx。");

  private static final Map<PersonColumn, String> RULES = Map.ofEntries(
      Map.entry(PersonColumn.STAFF_NO, "人员的唯一编号，最多 40 个字符；导入时据此判断新建还是更新"),
      Map.entry(PersonColumn.NAME, "最多 60 个字符"),
      Map.entry(PersonColumn.GENDER, ""),
      Map.entry(PersonColumn.BIRTH_DATE, "日期；年龄须在 16–70 岁之间"),
      Map.entry(PersonColumn.EDUCATION, "最高学历"),
      Map.entry(PersonColumn.MAJOR, "所学专业，最多 120 个字符"),
      Map.entry(PersonColumn.MAJOR_FAMILY, "专业所属学科门类"),
      Map.entry(PersonColumn.POLITICAL_STATUS, ""),
      Map.entry(PersonColumn.HIRE_DATE, "日期；不晚于今天，不早于年满 16 周岁"),
      Map.entry(PersonColumn.UNIT, "单位编码（见下方单位表），或唯一的单位全称"),
      Map.entry(PersonColumn.POST, "所填单位的岗位编码或岗位名称（见下方岗位表）"),
      Map.entry(PersonColumn.RANK, "领导职务或职级"),
      Map.entry(PersonColumn.ENTRY_CHANNEL, "留空时按“其他”处理"));

  private static final Map<PersonColumn, Class<? extends Enum<?>>> CODED = Map.of(
      PersonColumn.GENDER, Gender.class,
      PersonColumn.EDUCATION, Education.class,
      PersonColumn.MAJOR_FAMILY, MajorFamily.class,
      PersonColumn.POLITICAL_STATUS, PoliticalStatus.class,
      PersonColumn.RANK, Rank.class,
      PersonColumn.ENTRY_CHANNEL, EntryChannel.class);

  private PersonTemplateHelp() {}

  static void write(Sheet sheet, CellStyle header, List<Unit> units, List<Post> posts) {
    int r = 0;
    for (String note : NOTES) {
      cells(sheet.createRow(r++), null, note);
    }
    r++;
    cells(sheet.createRow(r++), header, "列名", "English", "必填", "说明", "可填写的值（中文 / English / 代码）");
    for (PersonColumn column : PersonColumn.values()) {
      cells(sheet.createRow(r++), null, column.chineseHeader(), column.englishHeader(), column.isRequired() ? "是" : "否", RULES.get(column), allowed(column));
    }
    r++;
    cells(sheet.createRow(r++), header, "单位编码", "单位名称", "层级", "上级单位编码", "状态");
    for (Unit unit : units) {
      cells(sheet.createRow(r++), null, unit.getCode(), unit.getName(), PersonSpreadsheet.label(unit.getKind()),
          unit.getParent() == null ? "" : unit.getParent().getCode(), unit.isActive() ? "有效" : "已停用（不可导入）");
    }
    r++;
    cells(sheet.createRow(r++), header, "岗位编码", "岗位名称", "所属单位编码", "所属单位", "状态");
    for (Post post : posts) {
      cells(sheet.createRow(r++), null, post.getCode(), post.getName(), post.getUnit().getCode(), post.getUnit().getName(),
          post.isActive() ? "有效" : "已停用（不可导入）");
    }
    int[] widths = {16, 24, 10, 40, 70};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static String allowed(PersonColumn column) {
    Class<? extends Enum<?>> type = CODED.get(column);
    if (type == null) {
      return "";
    }
    return Arrays.stream(type.getEnumConstants())
        .map(c -> PersonSpreadsheet.label(c) + " / " + ImportProblem.ImportTexts.label(c, java.util.Locale.ENGLISH) + " / " + c.name())
        .collect(Collectors.joining("；"));
  }

  private static void cells(Row row, CellStyle style, String... values) {
    for (int i = 0; i < values.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(values[i] == null ? "" : values[i]);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
