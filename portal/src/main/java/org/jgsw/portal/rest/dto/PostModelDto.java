package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A post model version with its requirements, hard conditions and the fit formula that applies. */
@JsonbNillable
public record PostModelDto(String id, String post, String postName, int version, String status, String basedOn,
    boolean overQualificationCompensates, List<PostModelRequirementDto> requirements, List<String> hardConditions, String formula) {}
