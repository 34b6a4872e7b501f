package org.jgsw.portal.rest.dto;

import java.util.List;

/** One page of accounts; {@code page} counts from 0, {@code total} is the number of matching accounts. */
public record UserPageDto(List<UserDto> items, long total, int page, int size) {}
