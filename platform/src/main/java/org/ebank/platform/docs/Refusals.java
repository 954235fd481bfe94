package org.ebank.platform.docs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an operation can answer besides the ones every operation of its kind can (bad input, no token, wrong role,
 * unknown id): each a problem type's slug from the service's {@link ProblemCatalog}. The API documents list them as
 * problem+json responses with an example each; a slug no catalog knows fails the documents' generation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Refusals {

    String[] value();
}
