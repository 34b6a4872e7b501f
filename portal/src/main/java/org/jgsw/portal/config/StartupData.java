package org.jgsw.portal.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.config.demo.DemoAccounts;
import org.jgsw.portal.config.demo.DemoOrganisation;
import org.jgsw.portal.organisation.Person;

/**
 * Loads the demo organisation and accounts once per database when {@code portal.demo-data} is on
 * (guarded by a flag row, so a restart never loads it twice), or else makes sure an {@code admin}
 * account exists. Then composes the banner with where the portal is and how to sign in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StartupData {

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());
  static final String DEMO_FLAG = "demo-data.loaded";
  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "portal.admin.password")
  java.util.Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "portal.http.port")
  java.util.Optional<Integer> port;

  @Inject DataDirectory dataDirectory;

  private String banner = "";
  private String loginPage = "";

  @PostConstruct
  void load() {
    String portal = "http://localhost:" + port.orElseGet(HttpPort::fromCommandLine) + "/portal/";
    loginPage = portal + "login.xhtml";
    StringBuilder banner = new StringBuilder("\n================ 机关事务知识与培训门户 ================\n");
    banner.append("Portal:    ").append(portal).append('\n');
    banner.append("Data dir:  ").append(dataDirectory.root().toAbsolutePath().normalize()).append('\n');
    if (demoData) {
      if (flag(DEMO_FLAG) == null) {
        loadDemoData();
      }
      banner.append("Demo logins (user / password):\n");
      for (DemoAccounts.Account a : DemoAccounts.ALL) {
        banner.append(String.format("  %-10s / %-14s %s%n", a.username(), a.password(), a.roles()));
      }
    }
    if (accounts.countAll() == 0) {
      String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(StartupData::generatePassword);
      accounts.create(SYSTEM, "admin", "系统管理员", EnumSet.of(Role.ADMIN, Role.STAFF), password, null);
      banner.append(adminPassword.isPresent()
          ? "Created account admin with the password from portal.admin.password.\n"
          : "Created account admin with the generated password (shown only this once): " + password + "\n");
    }
    banner.append("=======================================================");
    this.banner = banner.toString();
  }

  /** Where the portal is and how to sign in; {@link StartupBanner} logs it once the pages answer. */
  public String banner() {
    return banner;
  }

  /** The login page's local URL, which {@link StartupBanner} waits for. */
  public String loginPage() {
    return loginPage;
  }

  private void loadDemoData() {
    DemoOrganisation demo = new DemoOrganisation(LocalDate.now());
    demo.units().forEach(em::persist);
    demo.posts().forEach(em::persist);
    demo.people().forEach(em::persist);
    em.flush();
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      Person person = em.createNamedQuery("Person.findByStaffNo", Person.class).setParameter("staffNo", a.staffNo()).getSingleResult();
      accounts.create(SYSTEM, a.username(), person.getName(), a.roles(), a.password(), person);
    }
    setFlag(DEMO_FLAG, LocalDate.now().toString());
    LOG.info(() -> "Demo data loaded: " + demo.units().size() + " units, " + demo.posts().size() + " posts, " + demo.people().size() + " people.");
  }

  private String flag(String key) {
    List<?> rows = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?").setParameter(1, key).getResultList();
    return rows.isEmpty() ? null : String.valueOf(rows.get(0));
  }

  private void setFlag(String key, String value) {
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)").setParameter(1, key).setParameter(2, value).executeUpdate();
  }

  private static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

}
