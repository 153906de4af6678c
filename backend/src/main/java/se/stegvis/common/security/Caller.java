package se.stegvis.common.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What Stegvis reads from a verified access token, read once per token rather than once per use:
 * {@link VerifiedTokenCache} keeps it with the remembered identity, so that the requests after
 * the first neither parse the subject again nor look claims up by name (the JWT principal's
 * {@code getClaim} throws and catches an exception for every claim name that is not a standard
 * one, such as {@code org}; that alone was measurable per request).
 */
public record Caller(UUID id, String username, String displayName, String organisationCode, String clientId,
        String sortedRoles) {

    /** The identity attribute that holds the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();

    static Caller of(JsonWebToken token, Set<String> roles) {
        Set<String> names = token.getClaimNames();
        String subject = token.getSubject();
        String username = claim(token, names, "preferred_username");
        if (username == null) {
            username = subject;
        }
        String name = claim(token, names, "name");
        return new Caller(subject == null ? null : UUID.fromString(subject), username,
                name != null && !name.isBlank() ? name : username, claim(token, names, "org"), claim(token, names, "azp"),
                String.join(",", new TreeSet<>(roles)));
    }

    private static String claim(JsonWebToken token, Set<String> names, String claim) {
        if (names != null && !names.contains(claim)) {
            return null;
        }
        Object value = token.getClaim(claim);
        return value == null ? null : value.toString();
    }
}
