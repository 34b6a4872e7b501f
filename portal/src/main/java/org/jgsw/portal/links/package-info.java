/**
 * Where the library, training and the competency dictionary meet in the portal: the courses that
 * cite a library document, the documents linked to a competency (directly by a librarian, or through
 * a course that trains it and cites them), and the competency page that gathers both. Reads only;
 * each part keeps its own data, joined here by ids (document id, course id, competency code).
 */
package org.jgsw.portal.links;
