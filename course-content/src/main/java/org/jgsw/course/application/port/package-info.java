/**
 * Ports: what course content needs from outside this module, declared in its own terms (for example
 * a sink for competency evidence earned by finishing a course).
 *
 * <p>The portal's {@code adapter} package implements these interfaces by calling other modules, so
 * this module never depends on them directly.
 */
package org.jgsw.course.application.port;
