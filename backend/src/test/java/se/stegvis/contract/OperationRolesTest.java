package se.stegvis.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every operation of {@code openapi.yaml} is implemented by a resource, and the roles the contract
 * promises in {@code x-stegvis-roles} are exactly the roles the resource method allows.
 */
class OperationRolesTest {

    private static final Set<String> REALM_ROLES = Set.of("coordinator", "project-manager", "partner-caseworker",
            "partner-system", "analyst", "admin");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static Map<String, Set<String>> contractRoles;
    private static Map<String, Method> implementations;

    @BeforeAll
    static void readContractAndResources() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        contractRoles = new TreeMap<>();
        contract.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                Set<String> roles = new TreeSet<>();
                op.getValue().path("x-stegvis-roles").forEach(r -> roles.add(r.asText()));
                contractRoles.put(op.getValue().get("operationId").asText(), roles);
            }
        }));
        implementations = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            for (Class<?> api : resource.getInterfaces()) {
                if (!api.getPackageName().equals("se.stegvis.api.generated")) {
                    continue;
                }
                for (Method declared : api.getMethods()) {
                    implementations.put(declared.getName(),
                            resource.getMethod(declared.getName(), declared.getParameterTypes()));
                }
            }
        }
    }

    @Test
    void everyOperationNamesItsRoles() {
        contractRoles.forEach((operation, roles) -> {
            assertTrue(!roles.isEmpty(), operation + " has no x-stegvis-roles");
            assertTrue(REALM_ROLES.containsAll(roles), operation + " names a role the realm does not have: " + roles);
        });
    }

    @Test
    void everyOperationIsImplemented() {
        List<String> missing = contractRoles.keySet().stream().filter(op -> !implementations.containsKey(op)).toList();
        assertEquals(List.of(), missing, "operations of the contract without a resource method");
    }

    @Test
    void resourceMethodsAllowExactlyTheContractsRoles() {
        List<String> mismatches = new ArrayList<>();
        implementations.forEach((operation, method) -> {
            RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
            Set<String> actual = allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
            Set<String> promised = contractRoles.getOrDefault(operation, Set.of());
            if (!actual.equals(promised)) {
                mismatches.add(operation + ": contract " + promised + ", resource " + actual);
            }
        });
        assertEquals(List.of(), mismatches);
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("se/stegvis"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".api.generated.")) {
                    continue;
                }
                try {
                    result.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return result;
    }
}
