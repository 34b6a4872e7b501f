/**
 * Infrastructure of course content: technical implementations of domain interfaces, such as the JPA
 * repositories ({@code JpaXxxRepository}) and their named queries.
 */
package org.jgsw.course.infrastructure;
