package org.jgsw.portal.config.demo.competency;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.portal.competency.Rater;
import org.jgsw.portal.competency.RotationInput;
import org.jgsw.portal.competency.RotationKind;
import org.jgsw.portal.competency.RotationService;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.config.demo.DemoAccounts;
import org.jgsw.portal.config.demo.DemoOrganisation;

/**
 * One finished secondment for the demo (own flag row): 李明 (staff) spent half a year at the Wuhu city
 * bureau's vehicle service centre, which evaluated him. Rated on competencies the tests leave alone
 * (vehicle safety, teamwork), so his demo gaps stay as the README describes them. Recorded through
 * {@link RotationService} as HR would, so its evidence is made the same way.
 */
@Singleton
@Startup
@DependsOn("CompetencyDemoData")
public class RotationDemoData {

  private static final Logger LOG = Logger.getLogger(RotationDemoData.class.getName());
  static final String FLAG = "rotation-demo.loaded";
  public static final String HOST_UNIT = "芜湖市机关事务管理局 公务用车服务中心";

  @PersistenceContext private EntityManager em;
  @Inject RotationService rotations;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  void load() {
    if (!demoData || flagSet()) {
      return;
    }
    Long liMing = em.createQuery("SELECT p.id FROM Person p WHERE p.staffNo = :no", Long.class)
        .setParameter("no", DemoOrganisation.STAFF_PERSON).getResultStream().findFirst().orElse(null);
    if (liMing != null) {
      LocalDate end = LocalDate.now().minusDays(40);
      Map<String, Integer> ratings = new LinkedHashMap<>();
      ratings.put("PRO-VEH-SAFETY", 3);
      ratings.put("GEN-TEAM", 3);
      rotations.add(new Rater(DemoAccounts.HR.username(), true, false), SubjectKind.STAFF.key(liMing),
          new RotationInput(RotationKind.SECONDMENT, HOST_UNIT, end.minusMonths(6), end,
              "挂职期间参与全市公务用车平台调度，熟悉安全行车规范，能与中心同事密切配合，按时完成保障任务。", ratings));
    }
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)").setParameter(1, FLAG)
        .setParameter(2, LocalDate.now().toString()).executeUpdate();
    LOG.info("Rotation demo loaded: one finished secondment with the host unit's evaluation.");
  }

  private boolean flagSet() {
    return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?").setParameter(1, FLAG).getResultList()
        .isEmpty();
  }
}
