package io.factdesk.core.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidWebUrl} with {@link WebUrl}'s own rules, so requests and services refuse the same text. */
public class ValidWebUrlValidator implements ConstraintValidator<ValidWebUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        try {
            WebUrl.parseOptional(value);
            return true;
        } catch (InvalidWebUrl e) {
            // The reasons are fixed texts of WebUrl, never the submitted value: nothing user-made is interpolated.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
            return false;
        }
    }
}
