package se.stegvis.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A partner generates its client from {@code openapi.yaml} (openapi-generator's Java, TypeScript
 * and other generators). These are the contract's shapes that generated clients get wrong at run
 * time or name badly, found by generating and running such clients.
 */
class GeneratedClientsTest {

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
    }

    /** A relative server URL gives a generated Java client the base {@code null://null/api/v1}. */
    @Test
    void theServerUrlIsAbsoluteWithItsHostAsAVariable() {
        JsonNode server = contract.path("servers").path(0);
        String url = server.path("url").asText();
        assertTrue(url.matches("\\{scheme}://\\{host}/api/v1"), "servers[0].url is " + url);
        assertTrue(server.path("variables").path("scheme").has("default"), "the scheme has a default");
        assertTrue(server.path("variables").path("host").has("default"), "the host has a default");
    }

    /**
     * A generator reads a body as text or JSON unless its schema is {@code format: binary}: a CSV
     * typed as a plain string was parsed as JSON by the Java client, and an XLSX read as text was
     * corrupted by the TypeScript one.
     */
    @Test
    void everyFileAnswerIsBinary() {
        List<String> notBinary = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                op.getValue().path("responses").properties().forEach(response ->
                        response.getValue().path("content").properties().forEach(media -> {
                            String type = media.getKey();
                            if (!type.contains("json") && !"binary".equals(media.getValue().path("schema").path("format").asText())) {
                                notBinary.add(op.getValue().path("operationId").asText() + " " + response.getKey() + " " + type);
                            }
                        }))));
        assertEquals(List.of(), notBinary);
    }

    /** An inline object becomes a class named after where it sits (ScaleStepsInner), part of the partner's code. */
    @Test
    void everyObjectInAListIsANamedSchema() {
        List<String> inline = new ArrayList<>();
        contract.path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").properties().forEach(property -> {
                    JsonNode items = property.getValue().path("items");
                    if ("object".equals(items.path("type").asText())) {
                        inline.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        assertEquals(List.of(), inline);
    }
}
