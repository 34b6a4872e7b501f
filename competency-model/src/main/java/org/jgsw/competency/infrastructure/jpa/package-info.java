/**
 * JPA persistence of the competency model: table records ({@code *Record}) mapped to and from the
 * immutable domain objects, and the repositories over them. The domain never sees these classes.
 * Tables and sequences are created by the portal's Flyway migration {@code V3__competency.sql}.
 */
package org.jgsw.competency.infrastructure.jpa;
