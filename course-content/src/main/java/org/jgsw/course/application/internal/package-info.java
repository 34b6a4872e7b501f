/**
 * Default implementations of the application-layer use cases ({@code DefaultXxx} for each
 * {@code Xxx} interface).
 *
 * <p>They coordinate: find through a repository, call the domain, store, log. They own transactions
 * and security; business rules stay in the domain. Not to be used directly outside this module.
 */
package org.jgsw.course.application.internal;
