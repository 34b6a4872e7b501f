package org.jgsw.portal.organisation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.portal.common.BusinessRuleException;

/**
 * The people spreadsheet (.xlsx): reads the rows of an import file and writes exports and the
 * import template. Only the file format lives here; what a cell must contain is checked by {@link
 * PersonImportValidator}. An export has exactly the columns of an import, so it can be re-imported.
 */
public final class PersonSpreadsheet {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** Largest file accepted: several thousand people fit in far less. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 10_000;
  public static final String DATA_SHEET = "人员";
  public static final String HELP_SHEET = "说明";

  private static final Logger LOG = Logger.getLogger(PersonSpreadsheet.class.getName());
  private static final List<PersonColumn> DATE_COLUMNS = List.of(PersonColumn.BIRTH_DATE, PersonColumn.HIRE_DATE);
  /** Rows of the template that offer drop-down lists. */
  private static final int TEMPLATE_ROWS = 2000;

  private PersonSpreadsheet() {}

  /**
   * A non-blank row of an import file: its number as Excel shows it (header = 1) and, per known
   * column, the cell as a trimmed non-empty {@code String} or, for a real Excel date cell in a date
   * column, a {@link LocalDate}. Empty cells are absent.
   */
  public record SheetRow(int rowNumber, Map<PersonColumn, Object> cells) {

    public SheetRow {
      cells = Map.copyOf(cells);
    }

    public Object get(PersonColumn column) {
      return cells.get(column);
    }

    /** The cell as text ({@code null} when empty); a date cell as yyyy-MM-dd. */
    public String text(PersonColumn column) {
      Object v = cells.get(column);
      return v == null ? null : v.toString();
    }
  }

  // ---- reading

  /**
   * The data rows of the first sheet. Throws a {@link BusinessRuleException} when the file as a whole
   * cannot be used (not an .xlsx, too large, no header, required columns missing).
   */
  public static List<SheetRow> read(byte[] content) {
    try (Workbook workbook = open(content)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new BusinessRuleException("import.file.noHeader");
      }
      return readSheet(workbook.getSheetAt(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Workbook open(byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessRuleException("import.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessRuleException("import.file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      // an Excel 97–2003 .xls, or an .xlsx protected by a password (also an OLE2 container)
      throw new BusinessRuleException("import.file.xls");
    }
    if (magic != FileMagic.OOXML) {
      throw new BusinessRuleException("import.file.notXlsx");
    }
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      // a zip that is no workbook (a .docx, a damaged file, a zip bomb): the user needs no stack trace
      LOG.log(Level.FINE, "Import file is not a readable workbook", e);
      throw new BusinessRuleException("import.file.notXlsx");
    }
  }

  private static List<SheetRow> readSheet(Sheet sheet) {
    Map<PersonColumn, Integer> columns = headerColumns(sheet.getRow(sheet.getFirstRowNum()), sheet.getFirstRowNum());
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<SheetRow> rows = new ArrayList<>();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<PersonColumn, Object> cells = new EnumMap<>(PersonColumn.class);
      columns.forEach((column, index) -> {
        Object value = value(row.getCell(index), DATE_COLUMNS.contains(column), formatter);
        if (value != null) {
          cells.put(column, value);
        }
      });
      if (cells.isEmpty()) {
        continue; // a blank row, skipped silently
      }
      if (rows.size() == MAX_ROWS) {
        throw new BusinessRuleException("import.file.tooManyRows", String.valueOf(MAX_ROWS));
      }
      rows.add(new SheetRow(r + 1, cells));
    }
    return rows;
  }

  /** Which column of the sheet holds which field; the first row must be the header (row 1). */
  private static Map<PersonColumn, Integer> headerColumns(Row header, int headerIndex) {
    Map<PersonColumn, Integer> columns = new EnumMap<>(PersonColumn.class);
    if (header != null && headerIndex == 0) {
      for (Cell cell : header) {
        if (cell.getCellType() == CellType.STRING) {
          PersonColumn.forHeader(cell.getStringCellValue()).ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex()));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new BusinessRuleException("import.file.noHeader");
    }
    String missing = Arrays.stream(PersonColumn.values())
        .filter(c -> c.isRequired() && !columns.containsKey(c))
        .map(PersonColumn::chineseHeader)
        .collect(Collectors.joining("、"));
    if (!missing.isEmpty()) {
      throw new BusinessRuleException("import.file.missingColumns", missing);
    }
    return columns;
  }

  private static Object value(Cell cell, boolean dateColumn, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    // a formula counts with its last computed value, as Excel displays it
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && dateColumn && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }
    String text = switch (type) {
      case NUMERIC -> {
        // as displayed: 1001 rather than 1001.0; a number in a date column such as 19900501 stays text
        CellStyle style = cell.getCellStyle();
        yield formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
      }
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
    return clean(text);
  }

  /** Trims blanks including the full-width space and the no-break space Excel users paste in. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String s = text.replace('\u00A0', ' ').strip();
    return s.isEmpty() ? null : s;
  }

  // ---- writing

  /** An export: the header and one row per person, in the import's format. */
  public static byte[] write(List<Person> people) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = dataSheet(workbook, styles);
      int r = 1;
      for (Person person : people) {
        fill(sheet.createRow(r++), person, styles.date, null);
      }
      if (!people.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, people.size(), 0, PersonColumn.values().length - 1));
      }
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The import template: the header, one example row in grey, drop-down lists for the coded columns,
   * and a second sheet 说明 with every column's rules and the allowed values, units and posts.
   */
  public static byte[] template(List<Unit> units, List<Post> posts) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = dataSheet(workbook, styles);
      fill(sheet.createRow(1), example(units, posts), styles.exampleDate, styles.example);
      addDropDowns(sheet);
      PersonTemplateHelp.write(workbook.createSheet(HELP_SHEET), styles.header, units, posts);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet dataSheet(Workbook workbook, Styles styles) {
    Sheet sheet = workbook.createSheet(DATA_SHEET);
    Row header = sheet.createRow(0);
    for (PersonColumn column : PersonColumn.values()) {
      Cell cell = header.createCell(column.ordinal());
      cell.setCellValue(column.chineseHeader());
      cell.setCellStyle(column.isRequired() ? styles.requiredHeader : styles.header);
      sheet.setColumnWidth(column.ordinal(), switch (column) {
        case NAME, GENDER, EDUCATION, RANK -> 14 * 256;
        case MAJOR, UNIT, POST -> 20 * 256;
        default -> 14 * 256;
      });
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static void fill(Row row, Person p, CellStyle dateStyle, CellStyle textStyle) {
    Map<PersonColumn, Object> values = new LinkedHashMap<>();
    values.put(PersonColumn.STAFF_NO, p.getStaffNo());
    values.put(PersonColumn.NAME, p.getName());
    values.put(PersonColumn.GENDER, label(p.getGender()));
    values.put(PersonColumn.BIRTH_DATE, p.getBirthDate());
    values.put(PersonColumn.EDUCATION, label(p.getEducation()));
    values.put(PersonColumn.MAJOR, p.getMajor());
    values.put(PersonColumn.MAJOR_FAMILY, label(p.getMajorFamily()));
    values.put(PersonColumn.POLITICAL_STATUS, label(p.getPoliticalStatus()));
    values.put(PersonColumn.HIRE_DATE, p.getHireDate());
    values.put(PersonColumn.UNIT, p.getUnit() == null ? null : p.getUnit().getCode());
    values.put(PersonColumn.POST, p.getPost() == null ? null : p.getPost().getCode());
    values.put(PersonColumn.RANK, label(p.getRank()));
    values.put(PersonColumn.ENTRY_CHANNEL, label(p.getEntryChannel()));
    values.forEach((column, value) -> {
      Cell cell = row.createCell(column.ordinal());
      if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      } else if (value != null) {
        cell.setCellValue(value.toString());
        if (textStyle != null) {
          cell.setCellStyle(textStyle);
        }
      }
    });
  }

  /** Chinese label of an enum constant: the file format is Chinese whatever the user's language. */
  static String label(Enum<?> value) {
    return value == null ? null : ImportProblem.ImportTexts.label(value, Locale.SIMPLIFIED_CHINESE);
  }

  private static Person example(List<Unit> units, List<Post> posts) {
    Post post = posts.stream().filter(Post::isActive).findFirst().orElse(null);
    Unit unit = post != null ? post.getUnit() : units.stream().filter(Unit::isActive).findFirst().orElse(null);
    Person p = new Person("A0001", "张三", Gender.MALE, LocalDate.of(1990, 5, 1), Education.BACHELOR, unit);
    p.setMajor("行政管理");
    p.setMajorFamily(MajorFamily.MANAGEMENT);
    p.setPoliticalStatus(PoliticalStatus.CPC_MEMBER);
    p.setHireDate(LocalDate.of(2012, 7, 1));
    p.setPost(post);
    p.setRank(Rank.PRINCIPAL_STAFF_4);
    p.setEntryChannel(EntryChannel.SELECTED_GRADUATE);
    if (unit == null) {
      p.setUnit(new Unit("AH", "安徽省机关事务管理局", UnitKind.PROVINCE, null));
    }
    return p;
  }

  private static void addDropDowns(Sheet sheet) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    Map<PersonColumn, Class<? extends Enum<?>>> coded = new LinkedHashMap<>();
    coded.put(PersonColumn.GENDER, Gender.class);
    coded.put(PersonColumn.EDUCATION, Education.class);
    coded.put(PersonColumn.MAJOR_FAMILY, MajorFamily.class);
    coded.put(PersonColumn.POLITICAL_STATUS, PoliticalStatus.class);
    coded.put(PersonColumn.RANK, Rank.class);
    coded.put(PersonColumn.ENTRY_CHANNEL, EntryChannel.class);
    coded.forEach((column, type) -> {
      String[] labels = Arrays.stream(type.getEnumConstants()).map(PersonSpreadsheet::label).toArray(String[]::new);
      DataValidation validation = helper.createValidation(
          helper.createExplicitListConstraint(labels), new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal()));
      // a suggestion, not a lock: English labels and constant names are accepted too
      validation.setShowErrorBox(false);
      validation.setSuppressDropDownArrow(true); // for .xlsx, true means the arrow IS shown
      sheet.addValidationData(validation);
    });
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle date;
    final CellStyle example;
    final CellStyle exampleDate;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font boldRed = workbook.createFont();
      boldRed.setBold(true);
      boldRed.setColor(IndexedColors.DARK_RED.getIndex());
      header = headerStyle(workbook, bold);
      requiredHeader = headerStyle(workbook, boldRed);
      short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
      date = workbook.createCellStyle();
      date.setDataFormat(dateFormat);
      Font grey = workbook.createFont();
      grey.setItalic(true);
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      example = workbook.createCellStyle();
      example.setFont(grey);
      exampleDate = workbook.createCellStyle();
      exampleDate.setFont(grey);
      exampleDate.setDataFormat(dateFormat);
    }

    private static CellStyle headerStyle(Workbook workbook, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }
  }
}
