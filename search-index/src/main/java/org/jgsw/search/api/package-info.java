/**
 * The public surface of the library search: what the portal calls to index and search documents
 * (standards, regulations, typical cases), and the records and enums passed across it.
 *
 * <p>Only plain values cross this boundary: the portal maps its entities to indexable documents and
 * receives search hits back, so this module never sees entities. Nothing here exposes Lucene types.
 */
package org.jgsw.search.api;
