package gxq.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 统一社会信用代码 (18 characters, GB 32100-2015).
 *
 * <p>{@code null} and blank values are valid (combine with {@code @NotBlank}); the value is normalized with
 * {@link Uscc#normalize(String)} before checking.
 */
@Documented
@Constraint(validatedBy = UsccCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UsccCode {

    String message() default "{gxq.validation.uscc}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
