/**
 * Ports: what the competency model needs from outside this module, declared in its own terms.
 *
 * <p>The portal's {@code adapter} package implements these interfaces by calling other modules, so
 * this module never depends on them directly.
 */
package org.jgsw.competency.application.port;
