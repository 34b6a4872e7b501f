package org.jgsw.competency.domain;

/** An eligible person's place in a ranking (1 = best), with their full fit explanation. */
public record RankedCandidate(int rank, FitResult result) {}
