/**
 * Domain layer of the competency model: the business concepts of 岗位胜任力 (competencies,
 * proficiency levels, post models, requirements, evidence, fit scores) and the repository
 * interfaces that persist them.
 *
 * <p>Rules live here, in plain Java that can be tested without a container. Nothing in this package
 * may depend on Faces, JAX-RS, Servlets or PrimeFaces, nor on another module; other modules are
 * referred to only by their IDs (for example a course's ID, never a course object).
 */
package org.jgsw.competency.domain;
