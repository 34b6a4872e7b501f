package org.jgsw.portal.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HttpResult;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jgsw.portal.it.training.PageSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the document page and the search page say where a value is missing. */
@PortalIT
@RunAsClient
class LibraryDocumentPageIT {

  @ArquillianResource URL portal;

  @Test
  void aDocumentWithoutItsOwnEffectiveDateSaysItAppliesFromIssueAndWhenItLastChangedToTheMinute() {
    String run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    String json = "{\"externalId\":\"IT-PAGE-" + run + "\",\"kind\":\"REGULATION\",\"title\":\"页面测试办法" + run + "\","
        + "\"region\":\"四川\",\"domains\":[\"公务用车\"],\"status\":\"CURRENT\",\"issuedOn\":\"2024-03-01\",\"body\":\"第一条 页面测试正文。\"}";
    HttpResult created = PortalHttp.basic(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password())
        .send("POST", "api/library/documents", "application/json", json);
    assertThat(created.status()).as(created.describe()).isEqualTo(201);
    long id = ((Number) JsonBody.object(created).get("id")).longValue();

    Document page = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password())
        .get("library/document.xhtml?id=" + id).page();

    assertThat(valueOf(page, "实施日期")).isEqualTo("自发布之日起施行");
    assertThat(valueOf(page, "发布日期")).isEqualTo("2024-03-01");
    assertThat(page.selectFirst(".doc-updated").text()).matches("最后修改 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · " + Caller.LIBRARIAN.username());
  }

  @Test
  void aSearchThatFindsNothingShowsNoEmptyFacetHeadingsButKeepsTheChosenFilterToUndo() {
    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());

    Document nothing = staff.get("library/index.xhtml?q=%E5%92%95%E5%99%9C%E5%92%95%E5%99%9C%E6%B2%A1%E6%9C%89").page();
    assertThat(nothing.select("section.lib-facet").eachAttr("id")).containsExactly("facet-competency");

    Document filtered = staff.get("library/index.xhtml?q=%E5%92%95%E5%99%9C%E5%92%95%E5%99%9C%E6%B2%A1%E6%9C%89&kind=CASE").page();
    assertThat(filtered.select("section.lib-facet").eachAttr("id")).containsExactly("facet-kind", "facet-competency");
    assertThat(filtered.select("#facet-kind a.facet-link").eachAttr("data-value")).containsExactly("CASE");
  }

  /** The {@code dd} after the {@code dt} with this label. */
  private static String valueOf(Document page, String label) {
    Element dt = page.select("dt").stream().filter(e -> e.text().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no " + label));
    return dt.nextElementSibling().text();
  }
}
