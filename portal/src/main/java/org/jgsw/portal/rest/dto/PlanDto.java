package org.jgsw.portal.rest.dto;

import java.time.LocalDate;

public record PlanDto(long id, String name, String kind, String status, LocalDate start, LocalDate end, LocalDate publishedOn, String target) {}
