package se.stegvis.common.error;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Problem;

/**
 * Every error leaves the API as {@code application/problem+json} (RFC 9457). Messages never
 * echo submitted values, so an identity number typed into the wrong field cannot leak into a
 * response or a log.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://stegvis.se/problems/";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean onParameter = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            FieldPath path = FieldPath.of(v.getPropertyPath());
            onParameter |= path.isParameter();
            errors.add(new FieldError(path.name(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::getField));
        // A bad query or header parameter is a malformed request; a bad body field is unprocessable content.
        int status = onParameter ? 400 : 422;
        String detail = errors.size() == 1 ? errors.get(0).getField() + ": " + errors.get(0).getMessage()
                : errors.size() + " invalid fields";
        return problem(status, onParameter ? "bad-request" : "validation",
                onParameter ? "Felaktig förfrågan" : "Ogiltiga uppgifter", detail, errors, uri);
    }

    /** Listed one by one: Quarkus' own mappers for the specific Jackson types would otherwise win. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            UnrecognizedPropertyException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
        String message;
        if (e instanceof JsonParseException) {
            message = "the body is not well-formed JSON";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown property";
        } else if (field == null) {
            message = "the body does not match the expected structure";
        } else {
            message = "missing, of the wrong type, or not one of the allowed values";
        }
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, message));
        return problem(400, "malformed-body", "Felaktig förfrågan", field == null ? message : field + ": " + message, errors, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return api(ApiException.stale(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Inloggning krävs",
                "A valid bearer token from the Stegvis realm is required", List.of(), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Åtkomst nekad", "Your role may not use this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The framework wraps some failures whose cause says more than its status does.
        if (e.getCause() instanceof ApiException api) {
            return api(api, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Fel"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "The requested media type is not available";
            case 415 -> "Send application/json";
            default -> title;
        };
        return problem(status, status == 404 ? "not-found" : "http-" + status, title, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            Log.warnf("Database unavailable: %s", e.getClass().getName());
            return Response.fromResponse(problem(503, "unavailable", "Tjänsten är tillfälligt otillgänglig",
                    "The database cannot be reached; try again shortly", List.of(), uri)).header("Retry-After", "5").build();
        }
        if (transientConflict(e)) {
            Log.warnf("Transaction rolled back by the database (%s, SQLSTATE %s) at %s", e.getClass().getSimpleName(), sqlState(e),
                    uri == null ? "?" : uri.getPath());
            return Response.fromResponse(problem(503, "busy", "Tjänsten är tillfälligt upptagen",
                    "A concurrent change held the same data; nothing was saved; try again", List.of(), uri))
                    .header("Retry-After", "1").build();
        }
        // The exception is logged by class and stack only; its message may quote personal data.
        // The SQLSTATE and the root cause's class say what failed without quoting any data.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Log.errorf("Unexpected %s (root %s, SQLSTATE %s) at %s", e.getClass().getName(), root.getClass().getName(), sqlState(e),
                uri.getPath());
        Log.debug("Unexpected failure", e);
        return problem(500, "internal", "Internt fel", "Something went wrong on our side", List.of(), uri);
    }

    static Response problem(int status, String type, String title, String detail, List<FieldError> errors, UriInfo uri) {
        Problem p = new Problem(TYPE_BASE + type, title, status);
        p.setDetail(detail);
        p.setInstance(uri == null ? null : uri.getRequestUri().getRawPath());
        p.setErrors(errors.isEmpty() ? null : errors);
        return Response.status(status).type(PROBLEM_JSON).entity(p).build();
    }

    /**
     * The pool could not hand out a connection in time, the driver could not connect, or the
     * connection broke mid-request (the database was stopped or killed): the request did not
     * commit, and the client may retry, so this is a 503, not a 500.
     */
    static boolean databaseUnreachable(Throwable e) {
        return connectionState(e) || databaseFailedJustNow(e) || causedBy(e, SQLTransientConnectionException.class)
                || causedBy(e, java.sql.SQLNonTransientConnectionException.class)
                || causedBy(e, java.sql.SQLRecoverableException.class)
                || causedBy(e, org.hibernate.exception.JDBCConnectionException.class)
                || causedBy(e, java.net.ConnectException.class)
                || causedBy(e, java.net.SocketTimeoutException.class)
                || causedBy(e, java.net.SocketException.class)
                || causedBy(e, java.io.EOFException.class);
    }

    /**
     * A database killed mid-request also surfaces as a plain SQLException without SQLSTATE, or as a
     * failed commit: when a failure involves the database at all, ask the pool for a working
     * connection; if it cannot give one, the database is down and the request was not committed.
     */
    private static boolean databaseFailedJustNow(Throwable e) {
        if (!causedBy(e, java.sql.SQLException.class) && !causedBy(e, jakarta.transaction.RollbackException.class)) {
            return false;
        }
        io.quarkus.arc.ArcContainer arc = io.quarkus.arc.Arc.container();
        if (arc == null) {
            return false;
        }
        io.quarkus.arc.InstanceHandle<io.agroal.api.AgroalDataSource> pool = arc.instance(io.agroal.api.AgroalDataSource.class);
        if (!pool.isAvailable()) {
            return false;
        }
        try (java.sql.Connection c = pool.get().getConnection()) {
            return !c.isValid(2);
        } catch (java.sql.SQLException | RuntimeException unavailable) {
            return true;
        }
    }

    /**
     * A deadlock or lock wait timeout: the database rolled the whole transaction back (SQLSTATE
     * class 40, or Hibernate's lock exceptions), so nothing was written and the same request may
     * simply be sent again. The two-instance drill met it when retention ran during submissions.
     */
    static boolean transientConflict(Throwable e) {
        String state = sqlState(e);
        return state != null && state.startsWith("40")
                || causedBy(e, jakarta.persistence.PessimisticLockException.class)
                || causedBy(e, jakarta.persistence.LockTimeoutException.class)
                || causedBy(e, java.sql.SQLTransactionRollbackException.class);
    }

    /** SQLSTATE class 08 is "connection exception" in every driver, however it is wrapped. */
    private static boolean connectionState(Throwable e) {
        String state = sqlState(e);
        return state != null && state.startsWith("08");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The client-facing name of a violated property: the body field, or the query/header parameter. */
    private record FieldPath(String name, boolean isParameter) {
        static FieldPath of(Path path) {
            List<String> parts = new ArrayList<>();
            boolean parameter = false;
            boolean inBody = false;
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    parts.add(node.getName());
                    parameter = true;
                    continue;
                }
                if (parameter && !inBody) {
                    // The first property below a parameter means the parameter was the body.
                    parts.clear();
                    inBody = true;
                }
                String name = node.getName();
                if (node.getIndex() != null) {
                    String last = parts.isEmpty() ? "" : parts.remove(parts.size() - 1);
                    parts.add(last + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    parts.add(name);
                }
            }
            return new FieldPath(String.join(".", parts), parameter && !inBody);
        }
    }
}
