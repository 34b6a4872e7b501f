package org.jgsw.portal.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.portal.competency.AgeBand;
import org.jgsw.portal.competency.MatchFilter;
import org.jgsw.portal.competency.SubjectKind;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;

/** The query parameters of a ranking, shared by its JSON and PDF forms ({@code @BeanParam}). */
public class RankingParams {

  static final int MAX_LIMIT = 1000;

  @QueryParam("people") @DefaultValue("candidates") String people;
  @QueryParam("channel") String channel;
  @QueryParam("unit") Long unit;
  @QueryParam("ageBand") String ageBand;
  @QueryParam("education") String education;
  @QueryParam("appliedOnly") @DefaultValue("true") boolean appliedOnly;
  @QueryParam("limit") @DefaultValue("50") int limit;

  /** How many ranked (and ineligible) people to list: 1–{@value #MAX_LIMIT}. */
  int limit() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit 应在 1 到 " + MAX_LIMIT + " 之间");
    }
    return limit;
  }

  MatchFilter filter(PostModel model) {
    limit();
    SubjectKind kind = switch (people.toLowerCase(Locale.ROOT)) {
      case "candidates" -> SubjectKind.CANDIDATE;
      case "staff" -> SubjectKind.STAFF;
      default -> throw new BadRequestException("people 应为 candidates 或 staff");
    };
    return new MatchFilter(kind, parse(EntryChannel.class, channel, "channel"), unit, parse(AgeBand.class, ageBand, "ageBand"),
        parse(Education.class, education, "education"), appliedOnly && kind == SubjectKind.CANDIDATE ? model.post().value() : null);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name + " 的值无效：" + value);
    }
  }
}
