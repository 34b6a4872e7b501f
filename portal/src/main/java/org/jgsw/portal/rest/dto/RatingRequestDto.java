package org.jgsw.portal.rest.dto;

/**
 * A new rating: {@code competency} code, {@code level} 1–5, {@code source} (ASSESSMENT, INTERVIEW,
 * SUPERVISOR_RATING, TRAINING, ROTATION, CERTIFICATE, SELF_ASSESSMENT), {@code date} yyyy-MM-dd
 * (today when absent), {@code note} optional.
 */
public record RatingRequestDto(String competency, Integer level, String source, String date, String note) {}
