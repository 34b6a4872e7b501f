package org.jgsw.search.api;

/**
 * The outcome of {@link LibraryIndex#rebuild}.
 *
 * @param indexed documents written
 * @param removed documents that were in the index but not in the source
 */
public record RebuildResult(long indexed, long removed, long tookMs) {}
