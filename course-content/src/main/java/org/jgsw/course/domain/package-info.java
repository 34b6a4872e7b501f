/**
 * Domain layer of course content and training: courses, lessons, quizzes, training plans,
 * assignments, the credit-hour ledger, and the repository interfaces that persist them.
 *
 * <p>Rules live here, in plain Java that can be tested without a container. Nothing in this package
 * may depend on Faces, JAX-RS, Servlets or PrimeFaces, nor on another module; competencies and
 * library documents are referred to only by their IDs or codes.
 */
package org.jgsw.course.domain;
