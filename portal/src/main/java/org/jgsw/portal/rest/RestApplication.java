package org.jgsw.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /portal/api}. Every call needs HTTP Basic authentication; each resource
 * method declares its roles with {@code @RolesAllowed}. Errors are JSON: {@code {"status", "error",
 * "message"}}. The OpenAPI document is served by Payara Micro at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info = @Info(title = "机关事务知识与培训门户 API", version = "1", description = "Knowledge & training portal of the offices-administration bureau"),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
