package org.jgsw.portal.rest.dto;

import java.util.List;

/** One page of people; {@code page} counts from 0, {@code total} is the number of all matches. */
public record PersonPageDto(long total, int page, int size, List<PersonDto> items) {}
