package org.jgsw.portal.candidate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.portal.competency.Vocabulary;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.PoliticalStatus;

/**
 * Reads and writes the candidate workbook (.xlsx). Columns are found by their header, so their order
 * does not matter; enum values may be given by their Chinese name (本科, 选调生) or code
 * (BACHELOR). Columns headed {@code 能力:CODE} carry an assessed level 1–5 of that competency.
 * Every problem of a row is reported; a row with problems is not imported.
 */
public final class CandidateSpreadsheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final String LEVEL_PREFIX = "能力:";

  public static final String NO = "报名编号";
  public static final String NAME = "姓名";
  public static final String GENDER = "性别";
  public static final String BIRTH = "出生日期";
  public static final String EDUCATION = "学历";
  public static final String MAJOR = "专业";
  public static final String MAJOR_FAMILY = "专业类别";
  public static final String POLITICAL = "政治面貌";
  public static final String YEARS = "工作年限";
  public static final String CHANNEL = "进入渠道";
  public static final String POST = "报考岗位编码";
  public static final String WRITTEN = "笔试成绩";
  public static final String INTERVIEW = "面试成绩";
  public static final String BACKGROUND = "简历摘要";

  static final List<String> HEADERS =
      List.of(NO, NAME, GENDER, BIRTH, EDUCATION, MAJOR, MAJOR_FAMILY, POLITICAL, YEARS, CHANNEL, POST, WRITTEN, INTERVIEW, BACKGROUND);
  static final List<String> REQUIRED = List.of(NO, NAME, BIRTH, EDUCATION, CHANNEL);

  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  /** The rows of the first sheet; throws {@link IllegalArgumentException} if the file cannot be used at all. */
  public List<CandidateRow> read(byte[] xlsx, LocalDate today) {
    if (xlsx == null || xlsx.length == 0) {
      throw new IllegalArgumentException("文件为空");
    }
    if (xlsx.length > MAX_BYTES) {
      throw new IllegalArgumentException("文件超过 5 MB");
    }
    try (Workbook wb = open(xlsx)) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw new IllegalArgumentException("第一个工作表没有表头");
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (Cell cell : header) {
        String h = text(cell).replace('：', ':').strip();
        if (!h.isEmpty()) {
          columns.put(h, cell.getColumnIndex());
        }
      }
      List<String> missing = REQUIRED.stream().filter(h -> !columns.containsKey(h)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("缺少必填列：" + String.join("、", missing));
      }
      List<CandidateRow> rows = new ArrayList<>();
      for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || isBlank(row)) {
          continue;
        }
        rows.add(parse(row, columns, today));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("不是有效的 .xlsx 文件", e);
    }
  }

  private static Workbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("不是有效的 .xlsx 文件", e);
    }
  }

  private CandidateRow parse(Row row, Map<String, Integer> columns, LocalDate today) {
    List<String> problems = new ArrayList<>();
    Candidate c = new Candidate();
    c.setCandidateNo(emptyToNull(value(row, columns, NO)));
    c.setName(emptyToNull(value(row, columns, NAME)));
    if (c.getCandidateNo() == null) problems.add("报名编号不能为空");
    if (c.getName() == null) problems.add("姓名不能为空");
    c.setGender(enumValue(value(row, columns, GENDER), Gender.class, GENDER, problems, false));
    c.setBirthDate(date(row, columns.get(BIRTH), problems));
    if (c.getBirthDate() != null && !c.getBirthDate().isBefore(today)) problems.add("出生日期必须早于今天");
    c.setEducation(enumValue(value(row, columns, EDUCATION), Education.class, EDUCATION, problems, true));
    c.setMajor(emptyToNull(value(row, columns, MAJOR)));
    c.setMajorFamily(enumValue(value(row, columns, MAJOR_FAMILY), MajorFamily.class, MAJOR_FAMILY, problems, false));
    c.setPoliticalStatus(enumValue(value(row, columns, POLITICAL), PoliticalStatus.class, POLITICAL, problems, false));
    c.setYearsOfExperience(integer(value(row, columns, YEARS), YEARS, 0, 60, problems));
    c.setChannel(enumValue(value(row, columns, CHANNEL), EntryChannel.class, CHANNEL, problems, true));
    c.setTargetPostCode(emptyToNull(value(row, columns, POST)));
    c.setWrittenScore(score(value(row, columns, WRITTEN), WRITTEN, problems));
    c.setInterviewScore(score(value(row, columns, INTERVIEW), INTERVIEW, problems));
    String background = emptyToNull(value(row, columns, BACKGROUND));
    if (background != null && background.length() > 4000) problems.add("简历摘要超过 4000 字");
    c.setBackground(background);
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> col : columns.entrySet()) {
      if (col.getKey().startsWith(LEVEL_PREFIX)) {
        String code = col.getKey().substring(LEVEL_PREFIX.length()).strip();
        Integer level = integer(text(row.getCell(col.getValue())), col.getKey(), 1, 5, problems);
        if (level != null) {
          try {
            levels.put(CompetencyCode.of(code).value(), level);
          } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
          }
        }
      }
    }
    return new CandidateRow(row.getRowNum() + 1, c, levels, problems);
  }

  /** A workbook with the header, one example row and an explanation sheet. */
  public byte[] template(List<String> competencyCodes) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("候选人");
      Row header = sheet.createRow(0);
      List<String> headers = new ArrayList<>(HEADERS);
      competencyCodes.forEach(code -> headers.add(LEVEL_PREFIX + code));
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
        sheet.setColumnWidth(i, 14 * 256);
      }
      Row example = sheet.createRow(1);
      String[] values = {"HX2026901", "张三", "男", "1998-05-12", "本科", "交通运输", "工学", "中共党员", "3", "公开招考", "P-GWYC-DD", "78.5", "82", "某物流企业车辆调度 3 年"};
      for (int i = 0; i < values.length; i++) {
        example.createCell(i).setCellValue(values[i]);
      }
      for (int i = 0; i < competencyCodes.size(); i++) {
        example.createCell(values.length + i).setCellValue(3);
      }
      Sheet help = wb.createSheet("说明");
      String[] lines = {
        "必填列：" + String.join("、", REQUIRED) + "；按报名编号新建或更新候选人。",
        "学历：" + labels(Education.class), "进入渠道：" + labels(EntryChannel.class), "专业类别：" + labels(MajorFamily.class),
        "政治面貌：" + labels(PoliticalStatus.class), "出生日期：yyyy-MM-dd 或 Excel 日期；成绩 0–100。",
        "“能力:编码”列填写测评等级 1–5，作为“测评/考试”佐证记录；空白表示未测评。"
      };
      for (int i = 0; i < lines.length; i++) {
        help.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <E extends Enum<E>> String labels(Class<E> type) {
    List<String> list = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      list.add(Vocabulary.zh(e));
    }
    return String.join("、", list);
  }

  private static <E extends Enum<E>> E enumValue(String text, Class<E> type, String column, List<String> problems, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) problems.add(column + "不能为空");
      return null;
    }
    String t = text.strip();
    Map<String, E> byLabel = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      byLabel.put(e.name().toUpperCase(Locale.ROOT), e);
      byLabel.put(Vocabulary.zh(e), e);
    }
    byLabel.putIfAbsent("高中", byLabel.get("HIGH_SCHOOL"));
    E found = byLabel.get(t.toUpperCase(Locale.ROOT));
    if (found == null) found = byLabel.get(t);
    if (found == null) {
      problems.add(column + "“" + t + "”无效，可选：" + labels(type));
    }
    return found;
  }

  private LocalDate date(Row row, Integer column, List<String> problems) {
    Cell cell = column == null ? null : row.getCell(column);
    if (cell == null || text(cell).isBlank()) {
      problems.add("出生日期不能为空");
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }
    String t = text(cell).strip().replace('/', '-').replace('.', '-');
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add("出生日期“" + t + "”无效，应为 yyyy-MM-dd");
      return null;
    }
  }

  private static Integer integer(String text, String column, int min, int max, List<String> problems) {
    if (text == null || text.isBlank()) return null;
    try {
      double d = Double.parseDouble(text.strip());
      if (d != Math.rint(d) || d < min || d > max) {
        problems.add(column + "应为 " + min + "–" + max + " 的整数，实际为 " + text.strip());
        return null;
      }
      return (int) d;
    } catch (NumberFormatException e) {
      problems.add(column + "应为 " + min + "–" + max + " 的整数，实际为 " + text.strip());
      return null;
    }
  }

  private static Double score(String text, String column, List<String> problems) {
    if (text == null || text.isBlank()) return null;
    try {
      double d = Double.parseDouble(text.strip());
      if (d < 0 || d > 100) {
        problems.add(column + "应在 0–100 之间，实际为 " + text.strip());
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(column + "应为数字，实际为 " + text.strip());
      return null;
    }
  }

  private String value(Row row, Map<String, Integer> columns, String header) {
    Integer col = columns.get(header);
    return col == null ? null : text(row.getCell(col));
  }

  private String text(Cell cell) {
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private boolean isBlank(Row row) {
    for (Cell cell : row) {
      if (!text(cell).isEmpty()) return false;
    }
    return true;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
