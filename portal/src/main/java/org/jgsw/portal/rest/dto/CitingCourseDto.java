package org.jgsw.portal.rest.dto;

import java.util.List;

/** A published course citing a library document: its latest published version and the citing lessons' titles. */
public record CitingCourseDto(long courseId, String title, int version, List<String> lessons, long documentId) {}
