/**
 * Application layer of the competency model: the use-case interfaces that the portal calls (for
 * example candidate matching), with Bean Validation on their parameters.
 *
 * <p>Implementations live in {@code application.internal}; what the use cases need from outside
 * this module is declared as ports in {@code application.port}.
 */
package org.jgsw.competency.application;
