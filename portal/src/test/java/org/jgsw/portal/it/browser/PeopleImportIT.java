package org.jgsw.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator imports a workbook with two good rows and one bad row on the people page: the
 * page reports two created and names the bad row by its Excel row number and reason; the good rows
 * are kept (checked through the REST API).
 */
class PeopleImportIT extends BrowserITBase {

  @Test
  void goodRowsAreKeptAndTheBadRowIsReportedWithItsRowNumber() throws IOException {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String good1 = "BI" + suffix + "1";
    String bad = "BI" + suffix + "2";
    String good2 = "BI" + suffix + "3";
    Path workbook = workbook(List.of(
        List.of(good1, "测试甲", "男", "1990-05-01", "本科", "AH-BGS", "公开招考"),
        List.of(bad, "测试乙", "未知", "1991-06-01", "本科", "AH-BGS", "公开招考"),
        List.of(good2, "测试丙", "女", "1995-01-15", "硕士研究生", "AH-JN", "选调生")));

    login(Caller.ADMIN.username(), Caller.ADMIN.password());
    open("/admin/people.xhtml");
    waiting().until(ExpectedConditions.elementToBeClickable(By.id("peopleForm:importButton"))).click();
    WebElement fileInput = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importForm input[type=file]")));
    fileInput.sendKeys(workbook.toAbsolutePath().toString());

    WebElement report = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#peopleForm\\:importReport .report-ok")));
    screenshot("people-import-report");
    assertThat(report.getText()).contains("新增 2 人");
    String problems = driver().findElement(By.id("peopleForm:problems")).getText();
    assertThat(problems).contains(bad).contains("性别").contains("未知");
    // the header is Excel row 1, so the second data row is row 3
    assertThat(driver().findElement(By.cssSelector("#peopleForm\\:problems tbody tr td")).getText()).contains("3");

    PortalHttp api = PortalHttp.basic(portal, Caller.ADMIN.username(), Caller.ADMIN.password());
    assertThat(api.get("/api/people?q=" + good1).body()).contains(good1).contains("测试甲");
    assertThat(api.get("/api/people?q=" + good2).body()).contains(good2);
    HttpResult rejected = api.get("/api/people?q=" + bad);
    assertThat(rejected.body()).contains("\"total\":0");
  }

  private static Path workbook(List<List<String>> rows) throws IOException {
    Path file = Files.createTempFile("people-import-", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("人员");
      Row header = sheet.createRow(0);
      String[] columns = {"工号", "姓名", "性别", "出生日期", "学历", "单位", "进入渠道"};
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      wb.write(out);
    }
    file.toFile().deleteOnExit();
    return file;
  }
}
