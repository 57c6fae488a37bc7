package gxq.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 居民身份证号码 (18 characters, GB 11643-1999).
 *
 * <p>{@code null} and blank values are valid (combine with {@code @NotBlank}); the value is normalized with
 * {@link ResidentId#normalize(String)} before checking.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumber {

    String message() default "{gxq.validation.idNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
