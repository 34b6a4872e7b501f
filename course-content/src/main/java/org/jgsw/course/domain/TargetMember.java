package org.jgsw.course.domain;

import java.util.Set;

/**
 * A person as a training plan's target sees them, supplied by the portal: their id, the units they
 * belong to including every ancestor (department, bureau, city, province), their post code, rank and
 * entry channel. Unknown values are empty strings.
 */
public record TargetMember(String personId, Set<String> unitIds, String postCode, String rank, String entryChannel) {

  public TargetMember {
    personId = Texts.required(personId, "人员编号不能为空");
    unitIds = Texts.cleanSet(unitIds);
    postCode = Texts.optional(postCode);
    rank = Texts.optional(rank);
    entryChannel = Texts.optional(entryChannel);
  }
}
