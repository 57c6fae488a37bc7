package gxq.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link ResidentIdNumber}. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return ResidentId.isValid(ResidentId.normalize(value.toString()));
    }
}
