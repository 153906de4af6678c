package se.stegvis.admin;

import java.security.SecureRandom;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.admin.KeycloakModel.RoleRepresentation;
import se.stegvis.admin.KeycloakModel.UserRepresentation;
import se.stegvis.api.generated.model.Assignment;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Role;
import se.stegvis.api.generated.model.User;
import se.stegvis.api.generated.model.UserAssignmentInput;
import se.stegvis.api.generated.model.UserCreated;
import se.stegvis.api.generated.model.UserInput;
import se.stegvis.api.generated.model.UserUpdate;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;

/**
 * Users for the admin page: Keycloak owns the account (name, e-mail, enabled, realm roles, the
 * {@code org} attribute); Stegvis owns the assignments ({@code user_assignment}). Only the six
 * Stegvis realm roles are managed; other role mappings (Keycloak's defaults) are left alone.
 *
 * <p>No database transaction is held open across Keycloak calls (they may take seconds); the
 * database work happens in {@link UserAssignmentStore}, each step in its own transaction. When
 * a later Keycloak step of a creation fails, the half-created user is removed again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class UserAdminService {

    static final String ORG_ATTRIBUTE = "org";
    static final int LIST_LIMIT = 500;
    private static final Set<String> STEGVIS_ROLES = Arrays.stream(Role.values()).map(Role::toString).collect(Collectors.toSet());
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long the link in an invitation e-mail works. */
    private static final int INVITATION_LIFESPAN_SECONDS = 72 * 3600;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    UserAssignmentStore store;

    @Inject
    CurrentUser caller;

    @Inject
    UserDirectory directory;

    public List<User> list(String q) {
        // The admin's own "last login", as for every other user on their first request.
        directory.remember(caller);
        String search = q == null ? null : q.replaceAll("[*\"]", "").trim();
        List<UserRepresentation> users = keycloak.search(search == null || search.isEmpty() ? null : "*" + search + "*", LIST_LIMIT);
        List<UUID> ids = users.stream().map(u -> UUID.fromString(u.id())).toList();
        Map<UUID, List<Assignment>> assignments = store.assignments(ids);
        Map<UUID, java.time.OffsetDateTime> lastSeen = store.lastSeen(ids);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        return users.stream()
                .map(u -> {
                    UUID id = UUID.fromString(u.id());
                    return toUser(u, keycloak.realmRoles(id), assignments.getOrDefault(id, List.of()), lastSeen.get(id));
                })
                .sorted(Comparator.comparing((User u) -> sortName(u), collator))
                .toList();
    }

    public User get(UUID id) {
        UserRepresentation u = keycloak.find(id).orElseThrow(() -> ApiException.notFound("User"));
        return assemble(u);
    }

    public UserCreated create(UserInput in) {
        List<FieldError> errors = store.validate(in.getOrganisationCode(), in.getAssignments());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        boolean invite = Boolean.TRUE.equals(in.getSendInvitationEmail());
        String password = invite ? null : temporaryPassword();
        UserRepresentation rep = new UserRepresentation(null, in.getUsername(), in.getFirstName(), in.getLastName(),
                in.getEmail(), true, false, Map.of(ORG_ATTRIBUTE, List.of(in.getOrganisationCode())),
                password == null ? null : List.of(new KeycloakModel.Credential("password", password, true)),
                invite ? List.of("UPDATE_PASSWORD") : null);
        UUID id = keycloak.create(rep);
        try {
            setRoles(id, in.getRoles());
            store.save(id, in.getUsername(), displayName(in.getFirstName(), in.getLastName(), in.getUsername()),
                    in.getOrganisationCode(), in.getAssignments());
            if (invite) {
                keycloak.sendActionsEmail(id, List.of("UPDATE_PASSWORD"), INVITATION_LIFESPAN_SECONDS);
            }
        } catch (RuntimeException e) {
            // Nothing half-made stays behind: the admin can simply try again.
            safely(() -> store.forget(id));
            safely(() -> keycloak.delete(id));
            throw e;
        }
        User user = get(id);
        UserCreated created = new UserCreated(user.getId(), user.getUsername(), user.getEnabled(), user.getRoles(), user.getAssignments());
        created.setFirstName(user.getFirstName());
        created.setLastName(user.getLastName());
        created.setEmail(user.getEmail());
        created.setOrganisationCode(user.getOrganisationCode());
        created.setLastLoginAt(user.getLastLoginAt());
        created.setTemporaryPassword(password);
        return created;
    }

    public User update(UUID id, UserUpdate in) {
        UserRepresentation current = keycloak.find(id).orElseThrow(() -> ApiException.notFound("User"));
        List<FieldError> errors = new ArrayList<>(store.validate(in.getOrganisationCode(), in.getAssignments()));
        if (id.equals(caller.id())) {
            if (!Boolean.TRUE.equals(in.getEnabled())) {
                errors.add(new FieldError("enabled", "you cannot disable your own account"));
            }
            if (in.getRoles() == null || !in.getRoles().contains(Role.ADMIN)) {
                errors.add(new FieldError("roles", "you cannot remove your own admin role"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Map<String, List<String>> attributes = new HashMap<>(current.attributes() == null ? Map.of() : current.attributes());
        attributes.put(ORG_ATTRIBUTE, List.of(in.getOrganisationCode()));
        UserRepresentation changed = new UserRepresentation(current.id(), current.username(), current.firstName(),
                current.lastName(), current.email(), in.getEnabled(), current.emailVerified(), attributes, null,
                current.requiredActions());
        keycloak.update(id, changed);
        setRoles(id, in.getRoles());
        if (!Boolean.TRUE.equals(in.getEnabled())) {
            // Ends every session: no new access token by refresh; issued ones expire within minutes.
            keycloak.logout(id);
        }
        store.save(id, current.username(), displayName(current.firstName(), current.lastName(), current.username()),
                in.getOrganisationCode(), in.getAssignments());
        return get(id);
    }

    /** Grants and revokes so that the user's Stegvis roles are exactly {@code wanted}; other realm roles stay. */
    private void setRoles(UUID id, List<Role> wanted) {
        Set<String> target = (wanted == null ? List.<Role>of() : wanted).stream().map(Role::toString).collect(Collectors.toSet());
        List<RoleRepresentation> mapped = keycloak.realmRoles(id);
        Set<String> have = mapped.stream().map(RoleRepresentation::name).collect(Collectors.toSet());
        List<RoleRepresentation> revoke = mapped.stream()
                .filter(r -> STEGVIS_ROLES.contains(r.name()) && !target.contains(r.name()))
                .toList();
        List<String> missing = target.stream().filter(r -> !have.contains(r)).sorted().toList();
        List<RoleRepresentation> grant = List.of();
        if (!missing.isEmpty()) {
            Map<String, RoleRepresentation> available = keycloak.availableRealmRoles(id).stream()
                    .collect(Collectors.toMap(RoleRepresentation::name, r -> r, (a, b) -> a));
            List<String> unknown = missing.stream().filter(r -> !available.containsKey(r)).toList();
            if (!unknown.isEmpty()) {
                throw ApiException.invalid("roles", "not a role of the realm that may be granted");
            }
            grant = missing.stream().map(available::get)
                    .map(r -> new RoleRepresentation(r.id(), r.name(), r.composite(), r.clientRole(), r.containerId()))
                    .toList();
        }
        keycloak.removeRealmRoles(id, revoke);
        keycloak.addRealmRoles(id, grant);
    }

    private User assemble(UserRepresentation u) {
        UUID id = UUID.fromString(u.id());
        return toUser(u, keycloak.realmRoles(id), store.assignments(List.of(id)).getOrDefault(id, List.of()),
                store.lastSeen(List.of(id)).get(id));
    }

    static User toUser(UserRepresentation u, List<RoleRepresentation> roles, List<Assignment> assignments,
            java.time.OffsetDateTime lastSeen) {
        List<Role> stegvisRoles = roles.stream().map(RoleRepresentation::name).filter(STEGVIS_ROLES::contains)
                .map(Role::fromValue).sorted().collect(Collectors.toCollection(ArrayList::new));
        User user = new User(UUID.fromString(u.id()), u.username(), !Boolean.FALSE.equals(u.enabled()), stegvisRoles,
                new ArrayList<>(assignments));
        user.setFirstName(u.firstName());
        user.setLastName(u.lastName());
        user.setEmail(u.email());
        user.setOrganisationCode(u.attribute(ORG_ATTRIBUTE));
        user.setLastLoginAt(lastSeen);
        return user;
    }

    private static String sortName(User u) {
        String name = (Objects.toString(u.getFirstName(), "") + " " + Objects.toString(u.getLastName(), "")).trim();
        return name.isEmpty() ? u.getUsername() : name;
    }

    private static String displayName(String first, String last, String username) {
        String name = (Objects.toString(first, "") + " " + Objects.toString(last, "")).trim();
        return name.isEmpty() ? username : name;
    }

    /** 16 characters without look-alikes (0/O, 1/l/I), with upper case, lower case and a digit. */
    static String temporaryPassword() {
        while (true) {
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            String s = sb.toString();
            if (s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                    && s.chars().anyMatch(Character::isDigit)) {
                return s;
            }
        }
    }

    private static void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException ignored) {
            // Best effort: the original failure is what the caller needs to see.
        }
    }
}
