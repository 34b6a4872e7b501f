package org.jgsw.portal.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jgsw.portal.it.support.DatabaseLegCondition;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the shared Payara Micro of the current database leg
 * ({@link PortalDeployment}). Combine with {@code @RunAsClient} and an {@code @ArquillianResource URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseLegCondition.class)
@ExtendWith(ArquillianExtension.class)
public @interface PortalIT {}
