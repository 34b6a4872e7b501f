package org.jgsw.portal.rest.dto;

import java.util.List;

/** Body of {@code POST /api/admin/users}; roles are role names such as "STAFF" or "HR". */
public record UserCreateDto(String username, String displayName, String password, List<String> roles) {}
