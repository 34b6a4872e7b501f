package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/** A candidate's profile (personal data: HR only, every read audited). */
@JsonbNillable
public record CandidateDto(long id, String personId, String candidateNo, String name, String gender, LocalDate birthDate, int age,
    String education, String major, String majorFamily, String politicalStatus, Integer yearsOfExperience, String channel,
    String background, Double writtenScore, Double interviewScore, String targetPost, List<CandidateLevelDto> levels) {}
