package org.jgsw.portal.rest.dto;

/** One requirement of a post model: required level 1–5, weight, must-have (门槛). */
public record PostModelRequirementDto(String competency, String name, int required, double weight, boolean mustHave) {}
