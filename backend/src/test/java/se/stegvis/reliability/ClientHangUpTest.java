package se.stegvis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Clients that close the connection mid-request (a closed tab, a partner's timeout, a load tool
 * stopping) leave no ERROR in the log, so that an ERROR still means something went wrong here,
 * and the service answers the next caller as usual.
 */
@QuarkusTest
class ClientHangUpTest {

    private static final String BODY = """
            {"instrumentId":"%s","assessedOn":"2026-01-01","ratings":[{"itemKey":"x","participant":3}]}"""
            .formatted(UUID.randomUUID());

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void clientsHangingUpBeforeTheAnswerLeaveNoErrorInTheLog() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler collectErrors = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(collectErrors);
        try {
            String token = Tokens.user(Tokens.ANNA);
            for (int i = 0; i < 150; i++) {
                // Half of a body, a whole body, or a read whose answer is still being made.
                switch (i % 3) {
                    case 0 -> hangUpAfter(post(token, BODY.length() / 2));
                    case 1 -> hangUpAfter(post(token, BODY.length()));
                    default -> hangUpAfter(request("GET /api/v1/caseload", token, ""));
                }
            }
            Thread.sleep(1500); // the abandoned requests finish on the worker threads
        } finally {
            root.removeHandler(collectErrors);
        }
        assertEquals(List.of(), errors.stream().limit(3).toList(), errors.size() + " errors logged");
        Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
    }

    private static String post(String token, int bodyBytesSent) {
        return request("POST /api/v1/enrollments/" + UUID.randomUUID() + "/assessments", token,
                "Content-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\n")
                + BODY.substring(0, bodyBytesSent);
    }

    private static String request(String line, String token, String headers) {
        return line + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n" + headers + "\r\n";
    }

    /** Sends the bytes and resets the connection at once, without waiting for any answer. */
    private void hangUpAfter(String sent) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(sent.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
