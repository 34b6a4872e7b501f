package org.jgsw.portal.organisation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.portal.organisation.ImportProblem.Reason;

/**
 * Date rules every person record obeys, whether typed into the people page or imported from Excel:
 * a working-age birth date (16 to 70 years old today) and a hire date that is neither in the future
 * nor before the person turned 16. Plain Java, so the import can check a whole file without a
 * database and the service can check a single save.
 */
public final class PersonRules {

  public static final int MIN_AGE = 16;
  public static final int MAX_AGE = 70;

  private PersonRules() {}

  /** Everything wrong with the two dates, as message keys of the {@code msg} bundle; empty if fine. */
  public static List<Reason> checkDates(LocalDate birthDate, LocalDate hireDate, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    if (birthDate != null) {
      if (!birthDate.isBefore(today)) {
        reasons.add(Reason.of("person.birthDate.notPast", birthDate.toString()));
      } else {
        int age = Period.between(birthDate, today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
          reasons.add(Reason.of("person.birthDate.ageRange", birthDate.toString(), String.valueOf(age), String.valueOf(MIN_AGE), String.valueOf(MAX_AGE)));
        }
      }
    }
    if (hireDate != null) {
      if (hireDate.isAfter(today)) {
        reasons.add(Reason.of("person.hireDate.future", hireDate.toString()));
      } else if (birthDate != null && reasons.isEmpty() && hireDate.isBefore(birthDate.plusYears(MIN_AGE))) {
        // compared only with a plausible birth date; a wrong birth date is reported once, above
        reasons.add(Reason.of("person.hireDate.beforeAge16", hireDate.toString(), birthDate.plusYears(MIN_AGE).toString()));
      }
    }
    return reasons;
  }
}
