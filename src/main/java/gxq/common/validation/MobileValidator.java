package gxq.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link Mobile}. */
public class MobileValidator implements ConstraintValidator<Mobile, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return MobileNumber.isValid(MobileNumber.normalize(value.toString()));
    }
}
