package se.stegvis.common.web;

import jakarta.ws.rs.core.EntityTag;
import se.stegvis.common.error.ApiException;

/** Optimistic locking over HTTP: a resource's {@code version} travels as a strong ETag. */
public final class Versions {

    private Versions() {
    }

    /** The strong entity tag of a version: {@code "3"}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks the client's {@code If-Match} against the stored version: missing answers 428, any
     * other value than the current one answers 412.
     */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.equals(Long.toString(currentVersion))) {
            throw ApiException.stale();
        }
    }
}
