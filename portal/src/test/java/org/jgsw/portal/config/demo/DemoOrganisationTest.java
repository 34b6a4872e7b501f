package org.jgsw.portal.config.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.Person;
import org.jgsw.portal.organisation.UnitKind;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private final DemoOrganisation demo = new DemoOrganisation(TODAY);

  @Test
  void hasTheProvinceTwoCitiesTwoCountiesAndAboutTwelveDepartments() {
    Map<UnitKind, Long> kinds = demo.units().stream().collect(Collectors.groupingBy(u -> u.getKind(), Collectors.counting()));
    assertThat(kinds).containsEntry(UnitKind.PROVINCE, 1L).containsEntry(UnitKind.CITY, 2L).containsEntry(UnitKind.COUNTY, 2L);
    assertThat(kinds.get(UnitKind.DEPARTMENT)).isBetween(10L, 14L);
    demo.units().forEach(u -> assertThat(u.getKind().mayBeChildOf(u.getParent() == null ? null : u.getParent().getKind())).as(u.getName()).isTrue());
  }

  @Test
  void hasAboutTwentyFivePostsInKnownUnits() {
    assertThat(demo.posts()).hasSizeBetween(22, 30);
    assertThat(demo.posts()).allSatisfy(p -> assertThat(demo.units()).contains(p.getUnit()));
  }

  @Test
  void hasThreeHundredPeopleAgedTwentyThreeToFiftyNineWithUniqueStaffNumbers() {
    assertThat(demo.people()).hasSize(300);
    assertThat(demo.people()).extracting(Person::getStaffNo).doesNotHaveDuplicates();
    assertThat(demo.people()).allSatisfy(p -> {
      assertThat(p.ageOn(TODAY)).isBetween(23, 59);
      assertThat(p.getName()).matches("\\p{IsHan}{2,3}");
      assertThat(p.getPost().getUnit()).isEqualTo(p.getUnit());
      assertThat(p.getHireDate()).isAfter(p.getBirthDate().plusYears(15)).isBeforeOrEqualTo(TODAY);
    });
  }

  @Test
  void mixesEducationChannelsAndIncludesYoungCadres() {
    assertThat(demo.people()).extracting(Person::getEducation).contains(Education.BACHELOR, Education.MASTER, Education.JUNIOR_COLLEGE);
    assertThat(demo.people()).extracting(Person::getEntryChannel).contains(EntryChannel.values());
    long under35 = demo.people().stream().filter(p -> p.ageOn(TODAY) < 35).count();
    assertThat(under35).isBetween(30L, 200L);
    assertThat(demo.people().stream().map(Person::getMajor).distinct().count()).isGreaterThan(10);
  }

  @Test
  void isTheSameEveryTime() {
    DemoOrganisation again = new DemoOrganisation(TODAY);
    assertThat(again.people()).extracting(Person::getName).containsExactlyElementsOf(demo.people().stream().map(Person::getName).toList());
  }

  @Test
  void everyDemoAccountBelongsToADemoPerson() {
    Map<String, Person> byStaffNo = demo.people().stream().collect(Collectors.toMap(Person::getStaffNo, Function.identity()));
    assertThat(DemoAccounts.ALL).extracting(DemoAccounts.Account::username).containsExactly("admin", "hr", "trainer", "librarian", "supervisor", "staff", "leader");
    assertThat(DemoAccounts.ALL).allSatisfy(a -> {
      assertThat(byStaffNo).containsKey(a.staffNo());
      assertThat(a.password()).hasSizeGreaterThanOrEqualTo(8);
    });
    assertThat(byStaffNo.get(DemoOrganisation.SUPERVISOR_PERSON).getUnit()).isEqualTo(byStaffNo.get(DemoOrganisation.STAFF_PERSON).getUnit());
    Person leader = byStaffNo.get(DemoOrganisation.LEADER_PERSON);
    assertThat(leader.getPost().isLeadership()).as("the leader holds a leadership post").isTrue();
    assertThat(leader.getUnit().getParent().getKind()).as("in a department of the province bureau").isEqualTo(UnitKind.PROVINCE);
  }
}
