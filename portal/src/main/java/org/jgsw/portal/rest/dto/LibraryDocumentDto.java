package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A library document with its links: what replaces it and what it replaces, the published courses
 * citing it ({@code citedBy}) and those still citing a document it replaces ({@code stillCitingReplaced}),
 * and the competency codes a librarian linked it to.
 */
@JsonbNillable
public record LibraryDocumentDto(long id, String externalId, String kind, String title, String number, String issuer, String region,
    List<String> domains, String status, LocalDate issuedOn, LocalDate effectiveOn, LocalDate repealedOn,
    LibraryLinkDto replacedBy, List<LibraryLinkDto> replaces, List<String> tags, String summary, String body,
    String fileName, Long fileSize, LocalDateTime updatedAt, String updatedBy,
    List<CitingCourseDto> citedBy, List<CitingCourseDto> stillCitingReplaced, List<String> competencies) {}
