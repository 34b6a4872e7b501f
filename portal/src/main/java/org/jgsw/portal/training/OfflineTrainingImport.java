package org.jgsw.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jgsw.course.domain.OfflineImportCheck;
import org.jgsw.course.domain.OfflineTraining;
import org.jgsw.course.domain.OfflineTrainingRow;
import org.jgsw.course.domain.OfflineTrainingRowValidator;
import org.jgsw.course.domain.RowProblem;
import org.jgsw.portal.audit.AuditAction;
import org.jgsw.portal.audit.AuditLog;

/**
 * Records concentrated classes (集中培训/专题班) in bulk: rows are checked by the domain's
 * {@link OfflineTrainingRowValidator}; the good rows are recorded (one class per name and dates, its
 * attendees added, so importing a file twice changes nothing) and the bad ones reported per row.
 */
@ApplicationScoped
public class OfflineTrainingImport {

  private static final Logger LOG = Logger.getLogger(OfflineTrainingImport.class.getName());

  /** Columns of the Excel sheet, in order (the first row is a header and skipped). */
  public static final List<String> COLUMNS = List.of("工号", "培训班名称", "开始日期", "结束日期", "学时");

  public record Result(int rows, int recorded, int classes, List<RowProblem> problems) {}

  @Inject JpaOfflineTrainingRepository repository;
  @Inject TrainingPeople people;
  @Inject Clock clock;
  @Inject AuditLog audit;

  @Transactional
  public Result importRows(String actor, List<OfflineTrainingRow> rows) {
    OfflineImportCheck check = new OfflineTrainingRowValidator(people::exists, LocalDate.now(clock)).check(rows);
    Map<String, OfflineTraining> classes = new LinkedHashMap<>();
    for (OfflineImportCheck.ValidRow r : check.valid()) {
      String id = OfflineTraining.sourceRefOf(r.className(), r.start(), r.end());
      OfflineTraining before = classes.get(id);
      List<String> attendees = new ArrayList<>(before == null ? List.of() : before.attendees());
      attendees.add(r.personIdentifier());
      classes.put(id, new OfflineTraining(id, r.className(), r.start(), r.end(), before == null ? r.hours() : before.hours(), attendees));
    }
    classes.values().forEach(repository::store);
    audit.record(actor, AuditAction.IMPORT, "OFFLINE_TRAINING", null,
        "rows=" + rows.size() + ", recorded=" + check.valid().size() + ", problems=" + check.problems().size(), null);
    LOG.info(() -> "Offline training import by " + actor + ": " + check.valid().size() + " of " + rows.size() + " rows recorded");
    return new Result(rows.size(), check.valid().size(), classes.size(), check.problems());
  }

  /** Reads the first sheet of an .xlsx/.xls file in the {@link #COLUMNS} order. */
  public static List<OfflineTrainingRow> readWorkbook(InputStream in) throws IOException {
    List<OfflineTrainingRow> rows = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        String[] cells = new String[COLUMNS.size()];
        boolean empty = true;
        for (int i = 0; i < cells.length; i++) {
          var cell = row.getCell(i);
          cells[i] = cell == null ? "" : cellText(cell, text);
          empty &= cells[i].isBlank();
        }
        if (!empty) {
          rows.add(new OfflineTrainingRow(row.getRowNum() + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
      }
    }
    return rows;
  }

  private static String cellText(org.apache.poi.ss.usermodel.Cell cell, DataFormatter text) {
    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
        && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return text.formatCellValue(cell).strip();
  }
}
