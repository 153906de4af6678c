package se.stegvis.participant;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import se.stegvis.api.generated.model.ParticipantSort;
import se.stegvis.common.error.ApiException;

/**
 * The opaque position in the participant list: the sort order and the id of the last row
 * returned, base64url. The row's sort key is read back from that row, so that names never travel
 * in URLs (where they would end up in browser histories and proxy logs) and the cursor stays well
 * under the contract's 500 characters whatever the names' length.
 */
record ParticipantCursor(ParticipantSort sort, UUID lastId) {

    private static final String VERSION = "p1";

    String encode() {
        String raw = VERSION + "|" + sort + "|" + lastId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made for the same sort order; anything else is a 400 naming {@code cursor}. */
    static ParticipantCursor decode(String cursor, ParticipantSort expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw malformed();
            }
            if (!expectedSort.toString().equals(parts[1])) {
                throw ApiException.badRequest("cursor", "was made for another sort order; start again without a cursor");
            }
            return new ParticipantCursor(expectedSort, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    static ApiException malformed() {
        return ApiException.badRequest("cursor", "is not a cursor from this list; start again without one");
    }
}
