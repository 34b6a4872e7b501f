package org.jgsw.portal.competency;

/**
 * Who records a rating and in which capacity: HR may rate anyone; a supervisor the people of their
 * team (as a supervisor rating); everyone may assess themselves. The caller's roles come from the
 * page or API layer, which knows the security context.
 */
public record Rater(String username, boolean hr, boolean supervisor) {}
