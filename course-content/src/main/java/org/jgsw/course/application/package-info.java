/**
 * Application layer of course content: the use-case interfaces that the portal calls (for example
 * enrolments and training-plan assignment), with Bean Validation on their parameters.
 *
 * <p>Implementations live in {@code application.internal}; what the use cases need from outside
 * this module is declared as ports in {@code application.port}.
 */
package org.jgsw.course.application;
