package org.jgsw.portal.config.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.PoliticalStatus;
import org.jgsw.portal.organisation.Post;
import org.jgsw.portal.organisation.Rank;
import org.jgsw.portal.organisation.Unit;
import org.jgsw.portal.organisation.UnitKind;

/**
 * A believable demo organisation for an offices-administration bureau: the Anhui provincial bureau,
 * two city and two county bureaus, their departments and posts, and about 300 people. Generated
 * from a fixed seed, so every demo database (and every test) sees the same people.
 */
public final class DemoOrganisation {

  /** The people the demo accounts belong to, by staff number. */
  public static final String STAFF_PERSON = "AH0001";
  public static final String SUPERVISOR_PERSON = "AH0002";
  public static final String HR_PERSON = "AH0003";
  public static final String TRAINER_PERSON = "AH0004";
  public static final String LIBRARIAN_PERSON = "AH0005";
  public static final String ADMIN_PERSON = "AH0006";
  /**
   * The leader account's person: 郝海鹏, 办公室主任 of the province bureau, one of the generated people
   * (the fixed seed always gives them this post), so adding the account changed nobody else.
   */
  public static final String LEADER_PERSON = "AH0073";

  public static final int PEOPLE = 300;

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
  private static final String MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆峰建国志文海林东亮成晨旭然博睿锋龙庆兵新宏";
  private static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英燕红婷雪慧琳晶颖倩琴云莉萍蓉洁梅璐瑶佳欣怡悦岚薇婧婉露雯";

  private static final String[][] MAJORS = {
    {"行政管理", "MANAGEMENT"}, {"公共事业管理", "MANAGEMENT"}, {"工商管理", "MANAGEMENT"}, {"会计学", "MANAGEMENT"},
    {"物业管理", "MANAGEMENT"}, {"财务管理", "MANAGEMENT"}, {"经济学", "ECONOMICS"}, {"财政学", "ECONOMICS"},
    {"法学", "LAW"}, {"思想政治教育", "LAW"}, {"土木工程", "ENGINEERING"}, {"建筑学", "ENGINEERING"},
    {"车辆工程", "ENGINEERING"}, {"能源与动力工程", "ENGINEERING"}, {"计算机科学与技术", "ENGINEERING"},
    {"电气工程及其自动化", "ENGINEERING"}, {"环境工程", "ENGINEERING"}, {"汉语言文学", "LITERATURE"},
    {"新闻学", "LITERATURE"}, {"英语", "LITERATURE"}, {"学前教育", "EDUCATION"}, {"酒店管理", "MANAGEMENT"},
    {"烹饪与营养教育", "EDUCATION"}, {"数学与应用数学", "SCIENCE"}, {"历史学", "HISTORY"}, {"军事指挥", "MILITARY"}
  };

  private final Random random = new Random(20261127L);
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Post> posts = new LinkedHashMap<>();
  private final List<Person> people = new ArrayList<>();
  private final LocalDate today;

  public DemoOrganisation(LocalDate today) {
    this.today = today;
    buildUnits();
    buildPosts();
    buildPeople();
  }

  public List<Unit> units() {
    return List.copyOf(units.values());
  }

  public List<Post> posts() {
    return List.copyOf(posts.values());
  }

  public List<Person> people() {
    return List.copyOf(people);
  }

  private void buildUnits() {
    Unit province = unit("AH", "安徽省机关事务管理局", UnitKind.PROVINCE, null);
    Unit hefei = unit("AH-HF", "合肥市机关事务管理局", UnitKind.CITY, province);
    Unit wuhu = unit("AH-WH", "芜湖市机关事务管理局", UnitKind.CITY, province);
    unit("AH-HF-FX", "肥西县机关事务管理局", UnitKind.COUNTY, hefei);
    unit("AH-WH-NL", "南陵县机关事务管理局", UnitKind.COUNTY, wuhu);
    unit("AH-BGS", "办公室", UnitKind.DEPARTMENT, province);
    unit("AH-RSC", "人事处", UnitKind.DEPARTMENT, province);
    unit("AH-CWC", "财务处", UnitKind.DEPARTMENT, province);
    unit("AH-GWYC", "公务用车管理处", UnitKind.DEPARTMENT, province);
    unit("AH-BGYF", "办公用房管理处", UnitKind.DEPARTMENT, province);
    unit("AH-JN", "公共机构节能管理处", UnitKind.DEPARTMENT, province);
    unit("AH-JD", "公务接待处", UnitKind.DEPARTMENT, province);
    unit("AH-ZC", "国有资产管理处", UnitKind.DEPARTMENT, province);
    unit("AH-HQ", "后勤服务中心", UnitKind.DEPARTMENT, province);
    unit("AH-YEY", "省直机关幼儿园", UnitKind.DEPARTMENT, province);
    unit("AH-HF-ZH", "综合科", UnitKind.DEPARTMENT, hefei);
    unit("AH-WH-ZH", "综合科", UnitKind.DEPARTMENT, wuhu);
  }

  private Unit unit(String code, String name, UnitKind kind, Unit parent) {
    Unit u = new Unit(code, name, kind, parent);
    u.setSortOrder(units.size() * 10);
    units.put(code, u);
    return u;
  }

  private void buildPosts() {
    post("P-BGS-ZR", "办公室主任", "AH-BGS", true);
    post("P-BGS-WM", "文秘与综合协调岗", "AH-BGS", false);
    post("P-BGS-XXH", "信息化建设岗", "AH-BGS", false);
    post("P-RSC-ZR", "人事处处长", "AH-RSC", true);
    post("P-RSC-GB", "干部管理岗", "AH-RSC", false);
    post("P-RSC-PX", "教育培训岗", "AH-RSC", false);
    post("P-CWC-KJ", "会计核算岗", "AH-CWC", false);
    post("P-CWC-YS", "预算管理岗", "AH-CWC", false);
    post("P-GWYC-CZ", "公务用车管理处处长", "AH-GWYC", true);
    post("P-GWYC-DD", "公务用车调度岗", "AH-GWYC", false);
    post("P-GWYC-BZ", "公务用车编制与配备岗", "AH-GWYC", false);
    post("P-BGYF-PZ", "办公用房配置管理岗", "AH-BGYF", false);
    post("P-BGYF-WX", "办公用房维修管理岗", "AH-BGYF", false);
    post("P-JN-GL", "公共机构节能管理岗", "AH-JN", false);
    post("P-JN-NH", "能耗统计与监测岗", "AH-JN", false);
    post("P-JD-LY", "公务接待联络岗", "AH-JD", false);
    post("P-JD-HW", "会务服务保障岗", "AH-JD", false);
    post("P-ZC-PZ", "资产配置与处置岗", "AH-ZC", false);
    post("P-ZC-TJ", "资产清查统计岗", "AH-ZC", false);
    post("P-HQ-WY", "物业管理岗", "AH-HQ", false);
    post("P-HQ-CY", "餐饮服务管理岗", "AH-HQ", false);
    post("P-YEY-JS", "幼儿教师岗", "AH-YEY", false);
    post("P-HF-ZH", "综合管理岗（合肥）", "AH-HF-ZH", false);
    post("P-WH-ZH", "综合管理岗（芜湖）", "AH-WH-ZH", false);
    post("P-FX-ZH", "综合业务岗（肥西）", "AH-HF-FX", false);
    post("P-NL-ZH", "综合业务岗（南陵）", "AH-WH-NL", false);
  }

  private void post(String code, String name, String unitCode, boolean leadership) {
    Post p = new Post(code, name, units.get(unitCode));
    p.setLeadership(leadership);
    posts.put(code, p);
  }

  private void buildPeople() {
    // The demo accounts' people come first, with fixed facts the README and tests can rely on.
    fixedPerson(STAFF_PERSON, "李明", Gender.MALE, 29, "P-GWYC-DD", Rank.PRINCIPAL_STAFF_4, EntryChannel.SELECTED_GRADUATE);
    fixedPerson(SUPERVISOR_PERSON, "王建国", Gender.MALE, 47, "P-GWYC-CZ", Rank.DIVISION_CHIEF, EntryChannel.OPEN_EXAM);
    fixedPerson(HR_PERSON, "陈静", Gender.FEMALE, 38, "P-RSC-GB", Rank.PRINCIPAL_STAFF_2, EntryChannel.OPEN_SELECTION);
    fixedPerson(TRAINER_PERSON, "张丽", Gender.FEMALE, 35, "P-RSC-PX", Rank.PRINCIPAL_STAFF_3, EntryChannel.OPEN_EXAM);
    fixedPerson(LIBRARIAN_PERSON, "刘洋", Gender.MALE, 33, "P-BGS-WM", Rank.PRINCIPAL_STAFF_4, EntryChannel.OPEN_EXAM);
    fixedPerson(ADMIN_PERSON, "赵磊", Gender.MALE, 41, "P-BGS-XXH", Rank.PRINCIPAL_STAFF_1, EntryChannel.VETERAN_TRANSFER);
    List<Post> postList = List.copyOf(posts.values());
    while (people.size() < PEOPLE) {
      Post post = postList.get(random.nextInt(postList.size()));
      Gender gender = random.nextInt(100) < 55 ? Gender.MALE : Gender.FEMALE;
      int age = ageBetween23And59();
      Rank rank = post.isLeadership() ? (age > 45 ? Rank.DIVISION_CHIEF : Rank.DEPUTY_DIVISION_CHIEF) : rankFor(age);
      fixedPerson(String.format("AH%04d", people.size() + 1), name(gender), gender, age, post.getCode(), rank, channel(age));
    }
  }

  private void fixedPerson(String staffNo, String name, Gender gender, int age, String postCode, Rank rank, EntryChannel channel) {
    Post post = posts.get(postCode);
    LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(360));
    Person p = new Person(staffNo, name, gender, birth, education(age), post.getUnit());
    p.setPost(post);
    p.setRank(rank);
    p.setEntryChannel(channel);
    String[] major = MAJORS[random.nextInt(MAJORS.length)];
    if (channel == EntryChannel.VETERAN_TRANSFER && random.nextBoolean()) {
      major = new String[] {"军事指挥", "MILITARY"};
    }
    p.setMajor(major[0]);
    p.setMajorFamily(MajorFamily.valueOf(major[1]));
    p.setPoliticalStatus(political(age));
    int startAge = p.getEducation().isAtLeast(Education.MASTER) ? 25 : 22;
    p.setHireDate(birth.plusYears(Math.min(age, startAge + random.nextInt(3))).withDayOfMonth(1).withMonth(7));
    if (p.getHireDate().isAfter(today)) {
      p.setHireDate(today.withDayOfMonth(1));
    }
    people.add(p);
  }

  /** Skewed towards 30–50 like most bureaus, with the young cadres the plan asks for. */
  private int ageBetween23And59() {
    int a = 23 + random.nextInt(37);
    int b = 23 + random.nextInt(37);
    return random.nextInt(4) == 0 ? Math.min(a, b) : (a + b) / 2;
  }

  private String name(Gender gender) {
    String chars = gender == Gender.MALE ? MALE_CHARS : FEMALE_CHARS;
    StringBuilder n = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    n.append(chars.charAt(random.nextInt(chars.length())));
    if (random.nextInt(100) < 60) {
      n.append(chars.charAt(random.nextInt(chars.length())));
    }
    return n.toString();
  }

  private Education education(int age) {
    int r = random.nextInt(100);
    if (age < 35) {
      return r < 45 ? Education.MASTER : r < 95 ? Education.BACHELOR : Education.DOCTORATE;
    }
    if (age < 50) {
      return r < 20 ? Education.MASTER : r < 85 ? Education.BACHELOR : Education.JUNIOR_COLLEGE;
    }
    return r < 5 ? Education.MASTER : r < 60 ? Education.BACHELOR : r < 90 ? Education.JUNIOR_COLLEGE : Education.HIGH_SCHOOL;
  }

  private EntryChannel channel(int age) {
    int r = random.nextInt(100);
    if (age < 35 && r < 30) {
      return EntryChannel.SELECTED_GRADUATE;
    }
    return r < 55 ? EntryChannel.OPEN_EXAM : r < 75 ? EntryChannel.OPEN_SELECTION : r < 88 ? EntryChannel.VETERAN_TRANSFER : EntryChannel.OTHER;
  }

  private Rank rankFor(int age) {
    if (age < 27) {
      return random.nextBoolean() ? Rank.STAFF_MEMBER_2 : Rank.STAFF_MEMBER_1;
    }
    if (age < 33) {
      return random.nextBoolean() ? Rank.PRINCIPAL_STAFF_4 : Rank.STAFF_MEMBER_1;
    }
    if (age < 40) {
      return random.nextBoolean() ? Rank.PRINCIPAL_STAFF_3 : Rank.PRINCIPAL_STAFF_2;
    }
    if (age < 50) {
      return random.nextInt(3) == 0 ? Rank.RESEARCHER_4 : Rank.PRINCIPAL_STAFF_1;
    }
    return random.nextInt(4) == 0 ? Rank.WORKER : random.nextBoolean() ? Rank.RESEARCHER_3 : Rank.RESEARCHER_2;
  }

  private PoliticalStatus political(int age) {
    int r = random.nextInt(100);
    if (age < 28 && r < 25) {
      return PoliticalStatus.CYL_MEMBER;
    }
    return r < 78 ? PoliticalStatus.CPC_MEMBER : r < 82 ? PoliticalStatus.CPC_PROBATIONARY : r < 86 ? PoliticalStatus.DEMOCRATIC_PARTY : PoliticalStatus.NONE;
  }
}
