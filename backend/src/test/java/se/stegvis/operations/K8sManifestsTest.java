package se.stegvis.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests in {@code docker/k8s} parse, and they say what docs/operations.md
 * promises: a backend Deployment with liveness and readiness probes on Quarkus' health
 * endpoints, a Service, an Ingress, a PodDisruptionBudget, and every configuration key the
 * Deployment reads declared in the ConfigMap or taken from the Secret.
 */
class K8sManifestsTest {

    private static final Path DIR = Path.of("..", "docker", "k8s");

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(f.toFile())) {
                    while (it.hasNext()) {
                        JsonNode doc = it.next();
                        if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                            assertTrue(doc.has("apiVersion") && doc.has("kind"), f + ": a document without apiVersion/kind");
                            docs.add(doc);
                        }
                    }
                }
            }
        }
        return docs;
    }

    private static JsonNode one(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @Test
    void theBackendRunsAsReplicasWithHealthProbesBehindAServiceIngressAndDisruptionBudget() throws IOException {
        List<JsonNode> docs = documents();
        JsonNode deployment = one(docs, "Deployment", "stegvis-backend");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "more than one replica");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertTrue(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt() > 10,
                "the grace period outlasts quarkus.shutdown.timeout");

        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        JsonNode service = one(docs, "Service", "stegvis-backend");
        service.at("/spec/selector").properties().forEach(e -> assertEquals(e.getValue(), labels.get(e.getKey()), "service selector"));
        JsonNode pdb = one(docs, "PodDisruptionBudget", "stegvis-backend");
        pdb.at("/spec/selector/matchLabels").properties().forEach(e -> assertEquals(e.getValue(), labels.get(e.getKey()), "PDB selector"));
        assertTrue(pdb.at("/spec/minAvailable").asInt() < deployment.at("/spec/replicas").asInt(), "a drain can proceed");

        JsonNode ingress = one(docs, "Ingress", "stegvis");
        boolean api = false;
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                api |= path.path("path").asText().equals("/api")
                        && path.at("/backend/service/name").asText().equals("stegvis-backend");
            }
        }
        assertTrue(api, "the ingress sends /api to the backend");
    }

    @Test
    void everySettingTheBackendNeedsComesFromTheConfigMapOrTheSecret() throws IOException {
        List<JsonNode> docs = documents();
        JsonNode container = one(docs, "Deployment", "stegvis-backend").at("/spec/template/spec/containers/0");
        Set<String> keys = new HashSet<>();
        one(docs, "ConfigMap", "stegvis-backend").path("data").fieldNames().forEachRemaining(keys::add);
        for (JsonNode env : container.path("env")) {
            keys.add(env.path("name").asText());
            if (env.at("/valueFrom/secretKeyRef").isObject()) {
                assertEquals("stegvis-backend", env.at("/valueFrom/secretKeyRef/name").asText());
            }
        }
        for (String required : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "OIDC_URL", "CRYPTO_KEY_1", "CRYPTO_HASH_KEY",
                "SPA_ORIGIN", "HTTP_HOST")) {
            assertTrue(keys.contains(required), required + " is not set for the backend");
        }
        assertFalse(container.toString().contains("dGVzdC1"), "no key material in the manifests");
    }
}
