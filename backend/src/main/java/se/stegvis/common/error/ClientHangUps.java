package se.stegvis.common.error;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A client that closes its connection before the answer is sent (a browser tab closed, a partner's
 * timeout, a load tool stopping) is not a failure of the service: nothing can be answered, and the
 * request's transaction, if it got that far, has committed or rolled back on its own. Quarkus' own
 * failure handler logs each such request as an ERROR with a stack trace, which would bury real
 * errors under load; this handler, ahead of it, notes them at DEBUG and lets every other failure
 * through.
 */
@ApplicationScoped
public class ClientHangUps {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (clientHungUp(context)) {
                Log.debugf("Client closed the connection before %s %s was answered (%s)", context.request().method(),
                        context.request().path(), context.failure() == null ? "no failure" : context.failure().getClass().getSimpleName());
                return;
            }
            context.next();
        });
    }

    /**
     * The connection closed under the request, or the answer was already ended (Vert.x ends the
     * response of a closed connection) when Quarkus REST went on to write it.
     */
    private static boolean clientHungUp(RoutingContext context) {
        return context.response().closed()
                || context.response().ended() && context.failure() instanceof IllegalStateException
                || ProblemMappers.causedBy(context.failure(), HttpClosedException.class);
    }
}
