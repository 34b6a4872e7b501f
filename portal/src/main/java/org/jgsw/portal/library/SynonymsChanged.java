package org.jgsw.portal.library;

/** Fired when editors saved the synonym rules; the index uses them after the commit. */
public record SynonymsChanged(String rules) {}
