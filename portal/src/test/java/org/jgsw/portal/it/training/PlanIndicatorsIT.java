package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.training.TrainingDemoData;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Level-4 indicators on a plan's page: validated, entered before and after, shown with their change; the plan's L1–L3 row. */
@PortalIT
@RunAsClient
class PlanIndicatorsIT {

  @ArquillianResource URL portal;

  @Test
  void anIndicatorIsValidatedEnteredBeforeAndAfterAndShownWithItsChange() throws IOException {
    long plan = generalPlanId();
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    String path = "training/plan.xhtml?id=" + plan;
    Document page = trainer.get(path).page();
    assertThat(page.getElementById("reportForm:evaluation")).as("the plan's L1–L3 row").isNotNull();

    JsfForm form = JsfForm.of(trainer.get(path), "indicatorForm");
    Document refused = trainer.submit(form, "indicatorForm:addIndicator").page();
    assertThat(TrainingPages.errors(refused)).contains("请填写指标名称。", "请填写培训前的数值。");

    String name = "人均能耗 " + System.nanoTime();
    form = JsfForm.of(trainer.get(path), "indicatorForm");
    form.set("indicatorForm:name", name).set("indicatorForm:unitOfMeasure", "千瓦时").number("indicatorForm:before", "120.5")
        .check("indicatorForm:higher_input", false);
    PageSession.Response added = trainer.submit(form, "indicatorForm:addIndicator");
    assertThat(TrainingPages.errors(added.page())).isEmpty();
    Element row = rowOf(added.page(), name);
    assertThat(row.text()).contains("120.5").contains("—");

    // the same name twice is refused
    form = JsfForm.of(trainer.get(path), "indicatorForm");
    form.set("indicatorForm:name", name).number("indicatorForm:before", "1");
    assertThat(TrainingPages.errors(trainer.submit(form, "indicatorForm:addIndicator").page())).anySatisfy(e -> assertThat(e).contains("已有指标"));

    // the value after: energy went down by 20.25, which is an improvement for a lower-is-better indicator
    form = JsfForm.of(trainer.get(path), "indicatorForm");
    int index = rowIndex(trainer.get(path).page(), name);
    form.number(":" + index + ":afterValue", "100.25");
    Document measured = trainer.submit(form, "indicatorForm:indicators:" + index + ":measure").page();
    Element after = rowOf(measured, name);
    assertThat(after.text()).contains("100.25").contains("-20.25");
    assertThat(after.select(".status-COMPLETED").text()).isEqualTo("-20.25");

    // the plan's Excel export has the indicator and the plan's evaluation row
    PageSession.Response excel = trainer.submit(JsfForm.of(trainer.get(path), "reportForm"), "reportForm:export");
    assertThat(excel.contentType()).contains("spreadsheetml");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
      assertThat(wb.getSheet("效果评价").getRow(1).getCell(0).getStringCellValue()).contains(TrainingDemoData.GENERAL_PLAN);
      Sheet l4 = wb.getSheet("四级指标");
      List<String> names = new java.util.ArrayList<>();
      for (int i = 1; i <= l4.getLastRowNum(); i++) {
        names.add(l4.getRow(i).getCell(0).getStringCellValue());
        if (name.equals(l4.getRow(i).getCell(0).getStringCellValue())) {
          assertThat(l4.getRow(i).getCell(2).getNumericCellValue()).isEqualTo(120.5);
          assertThat(l4.getRow(i).getCell(4).getStringCellValue()).isEqualTo("-20.25");
          assertThat(l4.getRow(i).getCell(6).getStringCellValue()).isEqualTo("是");
        }
      }
      assertThat(names).contains(name);
    }
  }

  private long generalPlanId() {
    PortalHttp api = PortalHttp.basic(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    List<Map<String, Object>> plans = TrainingPages.list(JsonBody.parse(TrainingPages.ok(api.get("/api/plans"))));
    return plans.stream().filter(p -> ((String) p.get("name")).contains(TrainingDemoData.GENERAL_PLAN))
        .map(p -> ((Number) p.get("id")).longValue()).findFirst().orElseThrow();
  }

  private static Element rowOf(Document page, String name) {
    return rows(page).stream().filter(tr -> tr.text().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("No row " + name + " in " + page.text()));
  }

  private static List<Element> rows(Document page) {
    Element table = page.getElementById("indicatorForm:indicators");
    return table == null ? List.of() : table.select("tbody tr");
  }

  private static int rowIndex(Document page, String name) {
    List<Element> rows = rows(page);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(name)) {
        return i;
      }
    }
    throw new AssertionError("No row " + name);
  }
}
