package io.factdesk.core.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The text is null, blank or a {@link WebUrl}; the violation message says what is wrong with it. */
@Documented
@Constraint(validatedBy = ValidWebUrlValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidWebUrl {

    String message() default "must be an absolute http:// or https:// address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
