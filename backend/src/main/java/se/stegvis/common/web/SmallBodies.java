package se.stegvis.common.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads a small request body in full on the I/O thread before the request goes to a worker
 * thread. Every endpoint of the API is blocking (it uses Hibernate), and Quarkus REST reads the body
 * of a blocking endpoint on the worker thread through a stream that hands each chunk over from the
 * I/O thread under a lock shared with the connection: under load the I/O threads spent a sixth of
 * the backend's CPU contending for it (JFR, the write benchmark). A body already read is given to
 * the endpoint as an in-memory stream instead.
 *
 * <p>Only HTTP/1.x bodies that announce a length of at most {@link #MAX_BYTES} are read ahead;
 * larger, chunked or HTTP/2 ones stream as before. Note: an endpoint marked {@code @NonBlocking} would not see a body
 * read ahead (Quarkus REST reads those on the I/O thread itself); the API has none.
 */
@ApplicationScoped
public class SmallBodies {

    /** Far above any JSON body of the API (a referral is about 1 KiB), far below the 10 MiB request limit. */
    static final long MAX_BYTES = 64 * 1024;

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(MAX_BYTES);
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(context -> {
            if (announcesSmallBody(context.request())) {
                bodies.handle(context);
            } else {
                context.next();
            }
        });
    }

    private static boolean announcesSmallBody(HttpServerRequest request) {
        // HTTP/2: Quarkus REST pauses the request when it starts, which an HTTP/2 stream whose body
        // has been read refuses ("Request has already been read"); those stream as before.
        if (request.version() == HttpVersion.HTTP_2 || request.method() == HttpMethod.GET
                || request.method() == HttpMethod.HEAD || request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isEmpty() || length.length() > 7) {
            return false;
        }
        try {
            long bytes = Long.parseLong(length);
            return bytes > 0 && bytes <= MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
