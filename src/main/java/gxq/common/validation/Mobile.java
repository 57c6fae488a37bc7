package gxq.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mainland China mobile number; {@code +86}, spaces and dashes are tolerated.
 *
 * <p>{@code null} and blank values are valid (combine with {@code @NotBlank}); the value is normalized with
 * {@link MobileNumber#normalize(String)} before checking.
 */
@Documented
@Constraint(validatedBy = MobileValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Mobile {

    String message() default "{gxq.validation.mobile}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
