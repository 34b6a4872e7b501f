package org.jgsw.portal.organisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgsw.portal.organisation.ImportProblem.Reason;
import org.jgsw.portal.organisation.PersonSpreadsheet.SheetRow;

/**
 * Checks the rows of a people import file against the organisation: every cell's format, the
 * coded values, the unit and its post, the {@link PersonRules} on dates, and staff numbers that
 * repeat inside the file. A row with any problem is rejected with all its problems; the others
 * become {@link ValidRow}s ready to be stored. Plain Java: no database, no container.
 */
public final class PersonImportValidator {

  private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
  private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");

  /** Common ways of writing a value besides its labels, e.g. 硕士 for 硕士研究生. */
  private static final Map<String, Enum<?>> ALIASES = Map.ofEntries(
      Map.entry("男性", Gender.MALE), Map.entry("女性", Gender.FEMALE), Map.entry("m", Gender.MALE), Map.entry("f", Gender.FEMALE),
      Map.entry("高中", Education.HIGH_SCHOOL), Map.entry("中专", Education.HIGH_SCHOOL),
      Map.entry("专科", Education.JUNIOR_COLLEGE), Map.entry("大学专科", Education.JUNIOR_COLLEGE),
      Map.entry("大学本科", Education.BACHELOR), Map.entry("大学", Education.BACHELOR),
      Map.entry("硕士", Education.MASTER), Map.entry("研究生", Education.MASTER), Map.entry("博士", Education.DOCTORATE),
      Map.entry("党员", PoliticalStatus.CPC_MEMBER), Map.entry("预备党员", PoliticalStatus.CPC_PROBATIONARY),
      Map.entry("团员", PoliticalStatus.CYL_MEMBER),
      Map.entry("遴选", EntryChannel.OPEN_SELECTION), Map.entry("考录", EntryChannel.OPEN_EXAM),
      Map.entry("军转", EntryChannel.VETERAN_TRANSFER), Map.entry("军队转业", EntryChannel.VETERAN_TRANSFER));

  private static final Map<Class<?>, Map<String, Enum<?>>> ENUM_LOOKUPS = new ConcurrentHashMap<>();

  private final Map<String, Unit> unitsByCode = new HashMap<>();
  private final Map<String, List<Unit>> unitsByName = new HashMap<>();
  private final Map<String, Post> postsByCode = new HashMap<>();
  private final List<Post> posts;
  private final LocalDate today;

  /** A row that passed every check, with its unit and post resolved. */
  public record ValidRow(
      int rowNumber, String staffNo, String name, Gender gender, LocalDate birthDate, Education education, String major,
      MajorFamily majorFamily, PoliticalStatus politicalStatus, LocalDate hireDate, Unit unit, Post post, Rank rank,
      EntryChannel entryChannel) {

    /** Copies the row onto a new or existing person; whether the person is active is left alone. */
    public void applyTo(Person p) {
      p.setStaffNo(staffNo);
      p.setName(name);
      p.setGender(gender);
      p.setBirthDate(birthDate);
      p.setEducation(education);
      p.setMajor(major);
      p.setMajorFamily(majorFamily);
      p.setPoliticalStatus(politicalStatus);
      p.setHireDate(hireDate);
      p.setUnit(unit);
      p.setPost(post);
      p.setRank(rank);
      p.setEntryChannel(entryChannel);
    }
  }

  public record Result(List<ValidRow> valid, List<ImportProblem> problems) {
    public Result {
      valid = List.copyOf(valid);
      problems = List.copyOf(problems);
    }
  }

  /**
   * @param units every unit (inactive ones too, so that the report can say a unit is inactive)
   * @param posts every post with its unit
   */
  public PersonImportValidator(Collection<Unit> units, Collection<Post> posts, LocalDate today) {
    for (Unit unit : units) {
      unitsByCode.put(unit.getCode().toLowerCase(Locale.ROOT), unit);
      unitsByName.computeIfAbsent(unit.getName(), n -> new ArrayList<>()).add(unit);
    }
    for (Post post : posts) {
      postsByCode.put(post.getCode().toLowerCase(Locale.ROOT), post);
    }
    this.posts = List.copyOf(posts);
    this.today = today;
  }

  public Result validate(List<SheetRow> rows) {
    List<ValidRow> valid = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Integer> firstRowOfStaffNo = new HashMap<>();
    for (SheetRow row : rows) {
      RowCheck check = new RowCheck(row);
      ValidRow result = check.run();
      String staffNo = check.staffNo;
      if (staffNo != null) {
        Integer first = firstRowOfStaffNo.putIfAbsent(staffNo, row.rowNumber());
        if (first != null) {
          check.reasons.add(0, Reason.of("import.staffNo.duplicate", staffNo, String.valueOf(first)));
        }
      }
      if (check.reasons.isEmpty()) {
        valid.add(result);
      } else {
        problems.add(new ImportProblem(row.rowNumber(), staffNo, check.reasons));
      }
    }
    return new Result(valid, problems);
  }

  /** The checks of one row; collects every problem instead of stopping at the first. */
  private final class RowCheck {
    final SheetRow row;
    final List<Reason> reasons = new ArrayList<>();
    String staffNo;

    RowCheck(SheetRow row) {
      this.row = row;
    }

    ValidRow run() {
      staffNo = text(PersonColumn.STAFF_NO);
      String name = text(PersonColumn.NAME);
      Gender gender = coded(PersonColumn.GENDER, Gender.class);
      LocalDate birthDate = date(PersonColumn.BIRTH_DATE);
      Education education = coded(PersonColumn.EDUCATION, Education.class);
      String major = text(PersonColumn.MAJOR);
      MajorFamily majorFamily = coded(PersonColumn.MAJOR_FAMILY, MajorFamily.class);
      PoliticalStatus political = coded(PersonColumn.POLITICAL_STATUS, PoliticalStatus.class);
      LocalDate hireDate = date(PersonColumn.HIRE_DATE);
      Unit unit = unit();
      Post post = unit == null ? null : post(unit);
      Rank rank = coded(PersonColumn.RANK, Rank.class);
      EntryChannel channel = coded(PersonColumn.ENTRY_CHANNEL, EntryChannel.class);
      reasons.addAll(PersonRules.checkDates(birthDate, hireDate, today));
      if (!reasons.isEmpty()) {
        return null;
      }
      return new ValidRow(row.rowNumber(), staffNo, name, gender, birthDate, education, major, majorFamily, political, hireDate,
          unit, post, rank, channel == null ? EntryChannel.OTHER : channel);
    }

    /** The cell's text; a missing required value or one that is too long is recorded. */
    private String text(PersonColumn column) {
      String value = row.text(column);
      if (value == null) {
        if (column.isRequired()) {
          reasons.add(Reason.of("import.required", column));
        }
        return null;
      }
      if (column.maxLength() > 0 && value.length() > column.maxLength()) {
        reasons.add(Reason.of("import.tooLong", column, String.valueOf(column.maxLength()), String.valueOf(value.length())));
      }
      return value;
    }

    private <E extends Enum<E>> E coded(PersonColumn column, Class<E> type) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      Enum<?> found = lookup(type).get(key(value));
      if (found == null) {
        reasons.add(Reason.of("import.enum.invalid", column, value, type));
        return null;
      }
      return type.cast(found);
    }

    private LocalDate date(PersonColumn column) {
      Object cell = row.get(column);
      if (cell instanceof LocalDate d) {
        return d;
      }
      String value = text(column);
      if (value == null) {
        return null;
      }
      Optional<LocalDate> date = parseDate(value);
      if (date.isEmpty()) {
        reasons.add(Reason.of("import.date.invalid", column, value));
      }
      return date.orElse(null);
    }

    private Unit unit() {
      String value = text(PersonColumn.UNIT);
      if (value == null) {
        return null;
      }
      Unit unit = unitsByCode.get(value.toLowerCase(Locale.ROOT));
      if (unit == null) {
        List<Unit> named = unitsByName.getOrDefault(value, List.of());
        if (named.size() > 1) {
          reasons.add(Reason.of("import.unit.ambiguous", value, String.valueOf(named.size())));
          return null;
        }
        unit = named.isEmpty() ? null : named.get(0);
      }
      if (unit == null) {
        reasons.add(Reason.of("import.unit.notFound", value));
      } else if (!unit.isActive()) {
        reasons.add(Reason.of("import.unit.inactive", unit.getName(), unit.getCode()));
        return null;
      }
      return unit;
    }

    private Post post(Unit unit) {
      String value = text(PersonColumn.POST);
      if (value == null) {
        return null;
      }
      Post post = postsByCode.get(value.toLowerCase(Locale.ROOT));
      if (post != null && !sameUnit(post.getUnit(), unit)) {
        Optional<Post> byName = postNamed(value, unit);
        if (byName.isEmpty()) {
          reasons.add(Reason.of("import.post.otherUnit", value, post.getUnit().getName(), unit.getName()));
          return null;
        }
        post = byName.get();
      }
      if (post == null) {
        post = postNamed(value, unit).orElse(null);
      }
      if (post == null) {
        reasons.add(Reason.of("import.post.notFound", value, unit.getName()));
      } else if (!post.isActive()) {
        reasons.add(Reason.of("import.post.inactive", post.getName(), post.getCode()));
        return null;
      }
      return post;
    }

    private Optional<Post> postNamed(String name, Unit unit) {
      return posts.stream().filter(p -> p.getName().equals(name) && sameUnit(p.getUnit(), unit)).findFirst();
    }
  }

  /** Units are compared by code, which is unique and known before a unit is stored. */
  private static boolean sameUnit(Unit a, Unit b) {
    return a != null && b != null && a.getCode().equals(b.getCode());
  }

  /**
   * A date written as text: 1990-05-01, 1990/5/1, 1990.05.01, 1990年5月1日, 19900501, or only a year
   * and month (2012.07, taken as the 1st), as Chinese personnel records often give 参加工作时间.
   */
  static Optional<LocalDate> parseDate(String text) {
    String s = text.strip();
    try {
      Matcher m = YMD.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      if (COMPACT.matcher(s).matches()) {
        return Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
      }
      m = YM.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
      }
    } catch (DateTimeException e) {
      // 1990-02-30 and the like: not a date
    }
    return Optional.empty();
  }

  /** Chinese label, English label, constant name and aliases of every constant of {@code type}. */
  private static Map<String, Enum<?>> lookup(Class<? extends Enum<?>> type) {
    return ENUM_LOOKUPS.computeIfAbsent(type, t -> {
      Map<String, Enum<?>> map = new HashMap<>();
      ALIASES.forEach((alias, value) -> {
        if (value.getDeclaringClass() == t) {
          map.put(key(alias), value);
        }
      });
      for (Enum<?> c : type.getEnumConstants()) {
        map.put(key(c.name()), c);
        map.put(key(ImportProblem.ImportTexts.label(c, Locale.ENGLISH)), c);
        map.put(key(ImportProblem.ImportTexts.label(c, Locale.SIMPLIFIED_CHINESE)), c);
      }
      return Map.copyOf(map);
    });
  }

  /** Case, blanks, underscores and hyphens do not matter: "open exam", "OPEN_EXAM", "Open-Exam". */
  private static String key(String value) {
    return value.replaceAll("[\\s_\\-　]", "").toLowerCase(Locale.ROOT);
  }
}
