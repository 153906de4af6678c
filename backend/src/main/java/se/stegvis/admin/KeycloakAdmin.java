package se.stegvis.admin;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import se.stegvis.admin.KeycloakModel.Credential;
import se.stegvis.admin.KeycloakModel.ErrorRepresentation;
import se.stegvis.admin.KeycloakModel.RoleRepresentation;
import se.stegvis.admin.KeycloakModel.UserRepresentation;
import se.stegvis.common.error.ApiException;

/**
 * Typed access to the Admin REST API through {@link KeycloakAdminClient}: statuses become results
 * or exceptions, an unreachable, slow (timeout, 5 s by default) or failing Keycloak becomes
 * {@link KeycloakUnavailableException}. Logs carry the operation and the HTTP status only, never
 * user data.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final GenericType<List<UserRepresentation>> USERS = new GenericType<>() {
    };
    private static final GenericType<List<RoleRepresentation>> ROLES = new GenericType<>() {
    };

    @Inject
    KeycloakAdminSettings settings;

    @Inject
    KeycloakTokenProvider tokens;

    private KeycloakAdminClient client;

    @PostConstruct
    void init() {
        long timeout = settings.timeout().toMillis();
        client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(settings.adminBase())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(KeycloakAdminClient.class);
    }

    public List<UserRepresentation> search(String search, int max) {
        try (Response r = call("search users", auth -> client.users(auth, search, 0, max, false))) {
            expect(r, "search users", 200);
            return r.readEntity(USERS);
        }
    }

    public Optional<UserRepresentation> find(UUID id) {
        try (Response r = call("read user", auth -> client.user(auth, id.toString()))) {
            if (r.getStatus() == 404) {
                return Optional.empty();
            }
            expect(r, "read user", 200);
            return Optional.of(r.readEntity(UserRepresentation.class));
        }
    }

    public Optional<UserRepresentation> findByUsername(String username) {
        try (Response r = call("find user", auth -> client.usersByUsername(auth, username, true))) {
            expect(r, "find user", 200);
            return r.readEntity(USERS).stream().filter(u -> username.equalsIgnoreCase(u.username())).findFirst();
        }
    }

    /** Creates the user; a taken username or e-mail address is a 409, a value Keycloak's user profile rejects a 422. */
    public UUID create(UserRepresentation user) {
        try (Response r = call("create user", auth -> client.createUser(auth, user))) {
            if (r.getStatus() == 409) {
                ErrorRepresentation err = error(r);
                String message = err == null || err.errorMessage() == null ? "" : err.errorMessage().toLowerCase();
                if (message.contains("email")) {
                    throw ApiException.conflict("email-taken", "email: another user already has this e-mail address");
                }
                throw ApiException.conflict("username-taken", "username: the username is already in use");
            }
            if (r.getStatus() == 400) {
                throw rejected(r);
            }
            expect(r, "create user", 201);
            URI location = r.getLocation();
            if (location == null) {
                throw new KeycloakUnavailableException("Keycloak did not say which user it created");
            }
            String path = location.getPath();
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    /** Replaces the user's representation; send the full representation read with {@link #find}. */
    public void update(UUID id, UserRepresentation user) {
        try (Response r = call("update user", auth -> client.updateUser(auth, id.toString(), user))) {
            if (r.getStatus() == 404) {
                throw ApiException.notFound("User");
            }
            if (r.getStatus() == 400) {
                throw rejected(r);
            }
            expect(r, "update user", 204);
        }
    }

    /** Removes a user this backend has just created (compensation when a later step fails). */
    public void delete(UUID id) {
        try (Response r = call("delete user", auth -> client.deleteUser(auth, id.toString()))) {
            if (r.getStatus() != 204 && r.getStatus() != 404) {
                Log.warnf("Keycloak delete user: HTTP %d", r.getStatus());
            }
        }
    }

    public List<RoleRepresentation> realmRoles(UUID id) {
        try (Response r = call("read role mappings", auth -> client.realmRoles(auth, id.toString()))) {
            if (r.getStatus() == 404) {
                throw ApiException.notFound("User");
            }
            expect(r, "read role mappings", 200);
            return r.readEntity(ROLES);
        }
    }

    /** Realm roles the user does not have yet and the service account may grant. */
    public List<RoleRepresentation> availableRealmRoles(UUID id) {
        try (Response r = call("read available roles", auth -> client.availableRealmRoles(auth, id.toString()))) {
            if (r.getStatus() == 404) {
                throw ApiException.notFound("User");
            }
            expect(r, "read available roles", 200);
            return r.readEntity(ROLES);
        }
    }

    public void addRealmRoles(UUID id, List<RoleRepresentation> roles) {
        if (roles.isEmpty()) {
            return;
        }
        try (Response r = call("grant roles", auth -> client.addRealmRoles(auth, id.toString(), roles))) {
            expect(r, "grant roles", 204);
        }
    }

    public void removeRealmRoles(UUID id, List<RoleRepresentation> roles) {
        if (roles.isEmpty()) {
            return;
        }
        try (Response r = call("revoke roles", auth -> client.removeRealmRoles(auth, id.toString(), roles))) {
            expect(r, "revoke roles", 204);
        }
    }

    public void logout(UUID id) {
        try (Response r = call("log out user", auth -> client.logout(auth, id.toString()))) {
            expect(r, "log out user", 204);
        }
    }

    public void setPassword(UUID id, String password, boolean temporary) {
        try (Response r = call("set password",
                auth -> client.resetPassword(auth, id.toString(), new Credential("password", password, temporary)))) {
            if (r.getStatus() == 400) {
                throw ApiException.invalid("password", "rejected by the realm's password policy");
            }
            expect(r, "set password", 204);
        }
    }

    /** Keycloak e-mails the user a link to perform the actions; no working SMTP answers 503. */
    public void sendActionsEmail(UUID id, List<String> actions, int lifespanSeconds) {
        try (Response r = call("send actions e-mail",
                auth -> client.executeActionsEmail(auth, id.toString(), lifespanSeconds, actions))) {
            if (r.getStatus() >= 400) {
                Log.warnf("Keycloak send actions e-mail: HTTP %d", r.getStatus());
                throw new KeycloakUnavailableException(
                        "Keycloak could not send the invitation e-mail (is SMTP configured for the realm?); "
                                + "try again later or create the user with a temporary password");
            }
        }
    }

    /** One call with the service account's token; a token Keycloak no longer accepts is renewed once. */
    private Response call(String operation, Function<String, Response> request) {
        try {
            Response r = request.apply(tokens.authorization());
            if (r.getStatus() == 401) {
                r.close();
                tokens.invalidate();
                r = request.apply(tokens.authorization());
            }
            if (r.getStatus() == 401 || r.getStatus() == 403) {
                Log.warnf("Keycloak %s: HTTP %d for the admin service account", operation, r.getStatus());
                r.close();
                throw new KeycloakUnavailableException("Keycloak refused the backend's service account");
            }
            return r;
        } catch (ProcessingException e) {
            Log.warnf("Keycloak %s failed: %s", operation, e.getClass().getSimpleName());
            throw new KeycloakUnavailableException("Keycloak cannot be reached; try again shortly");
        }
    }

    private static void expect(Response r, String operation, int status) {
        if (r.getStatus() != status) {
            Log.warnf("Keycloak %s: HTTP %d", operation, r.getStatus());
            throw new KeycloakUnavailableException("Keycloak could not complete the request; try again shortly");
        }
    }

    private static ErrorRepresentation error(Response r) {
        try {
            return r.hasEntity() ? r.readEntity(ErrorRepresentation.class) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Keycloak's user profile refused a value: named by field, without echoing the value. */
    private static ApiException rejected(Response r) {
        ErrorRepresentation err = error(r);
        String field = err == null || err.field() == null ? "user" : switch (err.field()) {
            case "username", "email", "firstName", "lastName" -> err.field();
            case "org" -> "organisationCode";
            default -> "user";
        };
        return ApiException.invalid(field, "not accepted by the identity provider");
    }
}
