package org.jgsw.portal.config.demo.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgsw.portal.candidate.Candidate;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Gender;
import org.jgsw.portal.organisation.MajorFamily;
import org.jgsw.portal.organisation.PoliticalStatus;

/**
 * About forty demo candidates over the four channels for four posts (vehicle dispatch, reception,
 * energy saving, IT), from a fixed seed. Some fail a hard condition on purpose (too old, 大专, a
 * major the post does not take) so the match page shows ineligible candidates with reasons.
 */
public final class DemoCandidates {

  /** Target post codes with the number of candidates for each. */
  public static final String[][] TARGETS = {
    {DemoModels.DISPATCH, "12"}, {DemoModels.RECEPTION, "10"}, {DemoModels.ENERGY, "10"}, {DemoModels.IT, "8"}
  };

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏";
  private static final String GIVEN = "子涵浩然梓萱雨泽一诺欣怡俊杰思远嘉懿晨阳文博佳琪宇航若溪明轩诗涵";
  private static final String[] SCHOOLS = {"中国科学技术大学", "合肥工业大学", "安徽大学", "安徽师范大学", "南京大学", "武汉大学", "安徽建筑大学", "安徽财经大学"};
  private static final String[][] MAJORS = {
    {"行政管理", "MANAGEMENT"}, {"交通运输", "ENGINEERING"}, {"车辆工程", "ENGINEERING"}, {"能源与动力工程", "ENGINEERING"},
    {"环境工程", "ENGINEERING"}, {"计算机科学与技术", "ENGINEERING"}, {"软件工程", "ENGINEERING"}, {"应用物理学", "SCIENCE"},
    {"酒店管理", "MANAGEMENT"}, {"汉语言文学", "LITERATURE"}, {"法学", "LAW"}, {"会计学", "MANAGEMENT"}, {"英语", "LITERATURE"}
  };

  private DemoCandidates() {}

  private static String[] fitting(String post, Random random) {
    String[][] choices = switch (post) {
      case DemoModels.DISPATCH -> new String[][] {{"交通运输", "ENGINEERING"}, {"车辆工程", "ENGINEERING"}, {"行政管理", "MANAGEMENT"}};
      case DemoModels.RECEPTION -> new String[][] {{"酒店管理", "MANAGEMENT"}, {"汉语言文学", "LITERATURE"}, {"英语", "LITERATURE"}};
      case DemoModels.ENERGY -> new String[][] {{"能源与动力工程", "ENGINEERING"}, {"环境工程", "ENGINEERING"}, {"应用物理学", "SCIENCE"}};
      default -> new String[][] {{"计算机科学与技术", "ENGINEERING"}, {"软件工程", "ENGINEERING"}, {"应用物理学", "SCIENCE"}};
    };
    return choices[random.nextInt(choices.length)];
  }

  public static List<Candidate> generate(LocalDate today) {
    Random random = new Random(20261201L);
    List<Candidate> list = new ArrayList<>();
    EntryChannel[] channels = {EntryChannel.SELECTED_GRADUATE, EntryChannel.OPEN_SELECTION, EntryChannel.OPEN_EXAM, EntryChannel.VETERAN_TRANSFER};
    int n = 0;
    for (String[] target : TARGETS) {
      int count = Integer.parseInt(target[1]);
      for (int i = 0; i < count; i++) {
        n++;
        EntryChannel channel = channels[(n - 1) % 4];
        Candidate c = new Candidate();
        c.setCandidateNo(String.format("HX2026%03d", n));
        c.setGender(random.nextBoolean() ? Gender.MALE : Gender.FEMALE);
        c.setName("" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
            + (random.nextInt(3) > 0 ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : ""));
        int age = switch (channel) {
          case SELECTED_GRADUATE -> 23 + random.nextInt(5);
          case OPEN_SELECTION -> 28 + random.nextInt(10);
          case VETERAN_TRANSFER -> 32 + random.nextInt(12);
          default -> 24 + random.nextInt(10);
        };
        c.setBirthDate(today.minusYears(age).minusDays(1 + random.nextInt(300)));
        // most applicants studied something the post takes; some did not (ineligible on purpose)
        String[] major = random.nextInt(5) == 0 ? MAJORS[random.nextInt(MAJORS.length)] : fitting(target[0], random);
        if (channel == EntryChannel.VETERAN_TRANSFER && random.nextBoolean()) {
          major = new String[] {"军事指挥", "MILITARY"};
        }
        c.setMajor(major[0]);
        c.setMajorFamily(MajorFamily.valueOf(major[1]));
        c.setEducation(channel == EntryChannel.SELECTED_GRADUATE ? (random.nextBoolean() ? Education.MASTER : Education.BACHELOR)
            : random.nextInt(6) == 0 ? Education.JUNIOR_COLLEGE : Education.BACHELOR);
        c.setPoliticalStatus(random.nextInt(4) == 0 ? PoliticalStatus.CYL_MEMBER : PoliticalStatus.CPC_MEMBER);
        int years = switch (channel) {
          case SELECTED_GRADUATE -> 0;
          case OPEN_SELECTION -> Math.max(2, age - 24);
          case VETERAN_TRANSFER -> Math.max(8, age - 19);
          default -> Math.max(0, age - 24);
        };
        c.setYearsOfExperience(years);
        c.setChannel(channel);
        String school = SCHOOLS[random.nextInt(SCHOOLS.length)];
        c.setBackground(switch (channel) {
          case SELECTED_GRADUATE -> today.getYear() + " 届" + school + major[0] + "专业" + (c.getEducation() == Education.MASTER ? "硕士" : "本科")
              + "毕业生，在校期间任学生会干部，参与过社区治理志愿服务。";
          case OPEN_SELECTION -> "现任市县机关事务服务中心科员，从事" + major[0] + "相关工作 " + years + " 年，年度考核多次优秀。";
          case VETERAN_TRANSFER -> "部队服役 " + years + " 年，曾任营部车辆管理和后勤保障职务，" + (age > 38 ? "正营职" : "副营职") + "转业安置。";
          default -> school + major[0] + "专业毕业，曾在企业从事相关工作 " + years + " 年。";
        });
        c.setWrittenScore(Math.round((62 + random.nextDouble() * 28) * 10) / 10.0);
        c.setInterviewScore(Math.round((65 + random.nextDouble() * 28) * 10) / 10.0);
        c.setTargetPostCode(target[0]);
        c.setCreatedBy("system");
        list.add(c);
      }
    }
    return list;
  }
}
