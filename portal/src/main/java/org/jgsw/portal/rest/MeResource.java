package org.jgsw.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.account.Role;
import org.jgsw.portal.rest.dto.MeDto;

/** Who am I: the caller's user name, display name and roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService accounts;

  @GET
  @RolesAllowed({Role.STAFF_NAME, Role.SUPERVISOR_NAME, Role.HR_NAME, Role.TRAINING_ADMIN_NAME, Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
  public MeDto me(@Context SecurityContext security) {
    String username = security.getUserPrincipal().getName();
    List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
    String displayName = accounts.findByUsername(username).map(a -> a.getDisplayName()).orElse(username);
    return new MeDto(username, displayName, roles);
  }
}
