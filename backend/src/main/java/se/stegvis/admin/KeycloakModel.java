package se.stegvis.admin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of Keycloak's representations Stegvis reads or writes; everything else is ignored on reading. */
final class KeycloakModel {

    private KeycloakModel() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserRepresentation(String id, String username, String firstName, String lastName, String email,
            Boolean enabled, Boolean emailVerified, Map<String, List<String>> attributes, List<Credential> credentials,
            List<String> requiredActions) {

        String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoleRepresentation(String id, String name, Boolean composite, Boolean clientRole, String containerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String type, String value, Boolean temporary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    /** Keycloak's error bodies: {@code {"errorMessage": ..., "field": ...}} or {@code {"error": ...}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorRepresentation(String errorMessage, String field, String error) {
    }
}
