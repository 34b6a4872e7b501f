/**
 * The implementation behind {@code org.jgsw.search.api}: the Lucene index (one {@code IndexWriter}
 * and one {@code SearcherManager} per index), field definitions, Chinese text analysis and the
 * normalisation of document numbers. Not to be used outside this module.
 */
package org.jgsw.search.internal;
