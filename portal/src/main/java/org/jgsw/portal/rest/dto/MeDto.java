package org.jgsw.portal.rest.dto;

import java.util.List;

public record MeDto(String username, String displayName, List<String> roles) {}
