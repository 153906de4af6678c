package se.stegvis.referral;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.stegvis.api.generated.model.ReferralInput;

/**
 * Reads {@code person.identityNumber} of a submitted referral, which the generated
 * {@link ReferralInput} lacks (see {@link ReferralInputWithIdentity}), and fills in the
 * response-only {@code person.anonymous} the generated class requires. Everything else is read by
 * the generated class's own deserializer, unknown properties still refused.
 */
@Singleton
public class ReferralInputJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("stegvis-referral-input");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                if (description.getBeanClass() == ReferralInput.class) {
                    return new WithIdentity((JsonDeserializer<ReferralInput>) deserializer);
                }
                return deserializer;
            }
        });
        mapper.registerModule(module);
    }

    static final class WithIdentity extends StdDeserializer<ReferralInput> implements ResolvableDeserializer {

        private final JsonDeserializer<ReferralInput> generated;

        WithIdentity(JsonDeserializer<ReferralInput> generated) {
            super(ReferralInput.class);
            this.generated = generated;
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (generated instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }

        @Override
        public ReferralInput deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            String identityNumber = null;
            if (tree instanceof ObjectNode root && root.get("person") instanceof ObjectNode person) {
                JsonNode number = person.remove("identityNumber");
                if (number != null && !number.isNull()) {
                    if (!number.isTextual()) {
                        throw JsonMappingException.from(p, "person.identityNumber must be a string");
                    }
                    identityNumber = number.textValue();
                }
                if (person.has("anonymous") || person.has("identityNumberMasked")) {
                    throw JsonMappingException.from(p, "person.anonymous and person.identityNumberMasked are read-only");
                }
                person.put("anonymous", identityNumber == null || identityNumber.isBlank());
            }
            try (JsonParser body = tree.traverse(p.getCodec())) {
                body.nextToken();
                ReferralInput in = generated.deserialize(body, ctxt);
                return ReferralInputWithIdentity.of(in, identityNumber);
            }
        }
    }
}
