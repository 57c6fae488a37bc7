package gxq.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link UsccCode}. */
public class UsccCodeValidator implements ConstraintValidator<UsccCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return Uscc.isValid(Uscc.normalize(value.toString()));
    }
}
