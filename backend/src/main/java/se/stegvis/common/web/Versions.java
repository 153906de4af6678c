package se.stegvis.common.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import se.stegvis.common.error.ApiException;

/** Optimistic locking over HTTP: a resource's {@code version} travels as a strong ETag. */
public final class Versions {

    private Versions() {
    }

    /** The strong entity tag of a version: {@code "3"}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the resource and its version as the ETag, so the client can send it back in If-Match. */
    public static Response ok(Object resource, long version) {
        return Response.ok(resource).tag(tag(version)).build();
    }

    /** 201 with the new resource's location (relative to the API's base), the resource and its ETag. */
    public static Response created(String location, Object resource, long version) {
        return Response.created(URI.create(location)).tag(tag(version)).entity(resource).build();
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
