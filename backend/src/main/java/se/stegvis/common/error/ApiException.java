package se.stegvis.common.error;

import java.util.List;

import se.stegvis.api.generated.model.FieldError;

/**
 * A failure the client can act on. Services throw it; {@link ProblemMappers} turns it into an
 * RFC 9457 problem document. The factories name every kind of failure the API has, so that the
 * same situation always produces the same {@code type}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    private ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** No such row, or the caller may not see it: the two must be indistinguishable. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Hittades inte", what + " was not found", null);
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Konflikt", detail, null);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).getField() + ": " + errors.get(0).getMessage()
                : errors.size() + " invalid fields";
        return new ApiException(422, "validation", "Ogiltiga uppgifter", detail, errors);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "bad-request", "Felaktig förfrågan", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Åtkomst nekad", detail, null);
    }

    public static ApiException stale() {
        return new ApiException(412, "stale-version", "Någon annan har ändrat uppgifterna",
                "The resource was changed since you read it; reload it and apply your change again", null);
    }

    public static ApiException versionRequired() {
        return new ApiException(428, "version-required", "Versionen saknas",
                "Send the resource's ETag in the If-Match header", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
