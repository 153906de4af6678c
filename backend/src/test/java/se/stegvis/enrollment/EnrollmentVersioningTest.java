package se.stegvis.enrollment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.enrollment.EnrollmentFixtures.MAC;
import static se.stegvis.enrollment.EnrollmentFixtures.SKOVDE;
import static se.stegvis.enrollment.EnrollmentFixtures.enroll;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class EnrollmentVersioningTest {

    private final LocalDate start = today();

    private String newEnrollment() {
        return enroll(Tokens.ANNA, participant(Tokens.ANNA_ID, start.getYear() - 40), MAC, SKOVDE, start);
    }

    private String update(LocalDate plannedEnd) {
        return "{\"municipalityCode\":\"%s\",\"startDate\":\"%s\",\"plannedEndDate\":\"%s\"}".formatted(SKOVDE, start, plannedEnd);
    }

    @Test
    void updateWithTheCurrentVersionSucceedsAndBumpsIt() {
        String id = newEnrollment();
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(update(start.plusMonths(5)))
                .put("/enrollments/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("plannedEndDate", equalTo(start.plusMonths(5).toString()))
                .body("version", equalTo(1));
    }

    @Test
    void staleVersionIsRefusedWith412() {
        String id = newEnrollment();
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(update(start.plusMonths(5))).put("/enrollments/" + id)
                .then().statusCode(200);

        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(update(start.plusMonths(4)))
                .put("/enrollments/" + id).then()
                .statusCode(412)
                .body("type", endsWith("/stale-version"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body("{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(start))
                .post("/enrollments/" + id + "/phase").then()
                .statusCode(412);
    }

    @Test
    void missingVersionIsRefusedWith428() {
        String id = newEnrollment();
        Api.as(Tokens.ANNA).body(update(start.plusMonths(5))).put("/enrollments/" + id).then()
                .statusCode(428)
                .body("type", endsWith("/version-required"));
        Api.as(Tokens.ANNA).body("{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(start))
                .post("/enrollments/" + id + "/phase").then()
                .statusCode(428);
    }

    @Test
    void twoConcurrentUpdatesWithTheSameVersionEndAsOneSuccessAndOne412() throws Exception {
        String id = newEnrollment();
        String token = se.stegvis.testsupport.Tokens.user(Tokens.ANNA);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int months : new int[] { 4, 5 }) {
                results.add(pool.submit(() -> {
                    go.await();
                    return Api.withToken(token).header("If-Match", "\"0\"").body(update(start.plusMonths(months)))
                            .put("/enrollments/" + id).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertThat(statuses, contains(200, 412));
        } finally {
            pool.shutdownNow();
        }
        Api.as(Tokens.ANNA).get("/enrollments/" + id).then().body("version", equalTo(1));
    }
}
