package org.jgsw.portal.rest.dto;

import java.util.List;

/** A person listed apart from the ranking, with every reason (must-haves, hard conditions). */
public record MatchingIneligibleDto(String personId, String name, String channel, List<String> reasons) {}
