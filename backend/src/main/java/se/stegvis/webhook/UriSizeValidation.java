package se.stegvis.webhook;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The generator turns {@code WebhookSubscriptionInput.url} ({@code format: uri, maxLength: 500})
 * into a {@code @Size URI}, which Bean Validation has no validator for (a 500 on every request).
 * This teaches it: the length of the URI's string form.
 */
@ApplicationScoped
public class UriSizeValidation implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(UriSize.class);
        configuration.addMapping(mapping);
    }

    public static class UriSize implements ConstraintValidator<Size, URI> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.toString().length();
            return length >= min && length <= max;
        }
    }
}
