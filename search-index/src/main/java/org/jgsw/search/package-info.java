/**
 * The library search module: {@link org.jgsw.search.LibraryIndexes} opens an index; {@code api}
 * holds what callers pass and get back; {@code internal} is the Lucene implementation.
 */
package org.jgsw.search;
