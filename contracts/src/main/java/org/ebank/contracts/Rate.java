package org.ebank.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decimal field of an event that is a fraction, not an amount of money: an expected yield of 3.85 % a year is
 * {@code "0.0385"}. Amounts travel with exactly two decimals ({@code "1000.00"}); a rate with the decimals it has.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Rate {
}
