package org.jgsw.portal.rest.dto;

import java.util.List;

/** A login account as the API shows it: never the password hash. */
public record UserDto(long id, String username, String displayName, List<String> roles, boolean active) {}
