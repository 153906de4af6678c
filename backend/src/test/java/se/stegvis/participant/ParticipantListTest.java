package se.stegvis.participant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Five participants of Anna's whose surnames share a prefix no one else uses: Alm, three times
 * Berg (same first name too, so only the id tells them apart), and Ceder.
 */
@QuarkusTest
class ParticipantListTest {

    @Inject
    EnrollmentRows rows;

    private String prefix;
    private UUID alm;
    private UUID ceder;
    private final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void fivePeople() {
        prefix = People.uniqueName("Ls");
        alm = People.create(Tokens.ANNA, "Eva", prefix + "alm");
        created.add(alm);
        for (int i = 0; i < 3; i++) {
            created.add(People.create(Tokens.ANNA, "Ola", prefix + "berg"));
        }
        ceder = People.createAnonymous(Tokens.ANNA, "Ada", prefix + "ceder");
        created.add(ceder);
    }

    @Test
    void nameOrderIsSurnameFirstNameThenIdAndPagesNeitherRepeatNorSkip() {
        List<String> all = ids(Api.as(Tokens.ANNA).queryParam("q", prefix).get("/participants"));
        assertEquals(5, all.size());
        assertEquals(alm.toString(), all.get(0));
        assertEquals(ceder.toString(), all.get(4));
        List<String> bergs = new ArrayList<>(all.subList(1, 4));
        assertEquals(new HashSet<>(created.subList(1, 4).stream().map(UUID::toString).toList()), new HashSet<>(bergs));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/participants");
            page.then().statusCode(200);
            paged.addAll(ids(page));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages, "2 + 2 + 1");
        assertEquals(all, paged);
    }

    @Test
    void descendingNameAndCreationOrders() {
        List<String> byName = ids(Api.as(Tokens.ANNA).queryParam("q", prefix).get("/participants"));
        List<String> byNameDesc = pagedIds("-name", 2);
        List<String> reversed = new ArrayList<>(byName);
        Collections.reverse(reversed);
        assertEquals(reversed, byNameDesc);

        List<String> creation = created.stream().map(UUID::toString).toList();
        assertEquals(creation, pagedIds("created", 2));
        List<String> newestFirst = new ArrayList<>(creation);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, pagedIds("-created", 3));
    }

    @Test
    void searchIsAPrefixOfFirstOrLastNameInAnyCase() {
        Api.as(Tokens.ANNA).queryParam("q", prefix.toUpperCase() + "BERG").get("/participants").then()
                .statusCode(200).body("items", hasSize(3));
        Api.as(Tokens.ANNA).queryParam("q", prefix + "berg ola").get("/participants").then()
                .statusCode(200).body("items", hasSize(3));
        Api.as(Tokens.ANNA).queryParam("q", prefix + " eva").get("/participants").then()
                .statusCode(200).body("items.id", contains(alm.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix.substring(1)).get("/participants").then()
                .statusCode(200).body("items", hasSize(0)); // not a prefix
        Api.as(Tokens.ANNA).queryParam("q", prefix + "%").get("/participants").then()
                .statusCode(200).body("items", hasSize(0)); // wildcards are literal
    }

    @Test
    void enrollmentFiltersAndTheOpenEnrollmentSummary() {
        UUID anna = UUID.fromString(Tokens.ANNA_ID);
        UUID almEnrollment = rows.insert(EnrollmentRows.open(alm, anna).phase("activity")
                .nextAssessmentDue(EnrollmentRows.today().minusDays(3)));
        rows.insert(EnrollmentRows.open(ceder, anna).project(EnrollmentRows.MAC, "1496"));
        // An exited enrollment describes nobody's present.
        rows.insert(EnrollmentRows.open(created.get(1), anna).exited(EnrollmentRows.today().minusDays(10), null));

        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("projectId", EnrollmentRows.CRESCO.toString())
                .get("/participants").then().statusCode(200).body("items.id", contains(alm.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("municipalityCode", "1496")
                .get("/participants").then().statusCode(200).body("items.id", contains(alm.toString(), ceder.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("phase", "mapping")
                .get("/participants").then().statusCode(200).body("items.id", contains(ceder.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("coordinatorId", Tokens.ANNA_ID)
                .get("/participants").then().statusCode(200).body("items", hasSize(2));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("coordinatorId", Tokens.ERIK_ID)
                .get("/participants").then().statusCode(200).body("items", hasSize(0));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("flag", "assessment_overdue")
                .get("/participants").then().statusCode(200).body("items.id", contains(alm.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("flag", "no_active_intervention")
                .get("/participants").then().statusCode(200).body("items.id", contains(alm.toString(), ceder.toString()));

        Api.as(Tokens.ANNA).queryParam("q", prefix).get("/participants").then()
                .statusCode(200)
                .body("items[0].openEnrollmentId", equalTo(almEnrollment.toString()))
                .body("items[0].projectName", equalTo("Cresco+"))
                .body("items[0].phase", equalTo("activity"))
                .body("items[0].coordinatorName", equalTo("Anna Lindqvist"))
                .body("items[0].identityNumberMasked", org.hamcrest.Matchers.endsWith("-****"))
                .body("items[1].openEnrollmentId", nullValue())
                .body("items[4].anonymous", equalTo(true))
                .body("items[4].projectName", equalTo("MAC"));
    }

    /** A group's member picker lists a project's participants and adds the enrollment it names. */
    @Test
    void withAProjectFilterTheOpenEnrollmentIsTheOneInThatProject() {
        UUID anna = UUID.fromString(Tokens.ANNA_ID);
        UUID inCresco = rows.insert(EnrollmentRows.open(alm, anna).start(EnrollmentRows.today().minusDays(30)));
        UUID inMac = rows.insert(EnrollmentRows.open(alm, anna).project(EnrollmentRows.MAC, "1496")
                .start(EnrollmentRows.today().minusDays(10)));

        Api.as(Tokens.ANNA).queryParam("q", prefix + "alm").get("/participants").then().statusCode(200)
                .body("items[0].openEnrollmentId", equalTo(inMac.toString()));
        Api.as(Tokens.ANNA).queryParam("q", prefix + "alm").queryParam("projectId", EnrollmentRows.CRESCO.toString())
                .get("/participants").then().statusCode(200)
                .body("items[0].openEnrollmentId", equalTo(inCresco.toString()))
                .body("items[0].projectName", equalTo("Cresco+"));
        Api.as(Tokens.ANNA).queryParam("q", prefix + "alm").queryParam("projectId", EnrollmentRows.MAC.toString())
                .get("/participants").then().statusCode(200)
                .body("items[0].openEnrollmentId", equalTo(inMac.toString()))
                .body("items[0].projectName", equalTo("MAC"));
    }

    @Test
    void everyListIsAuditedWithTheParticipantsItReturned() {
        Api.as(Tokens.ANNA).queryParam("q", prefix + "alm").get("/participants").then().statusCode(200);
        assertEquals(1, rows.auditEvents("LIST", "anna", alm));
        assertEquals(0, rows.auditEvents("LIST", "anna", ceder));
    }

    @Test
    void aMalformedOrForeignCursorIsABadRequest() {
        for (String bad : new String[] { "not-a-cursor", "bm9wZQ", java.util.Base64.getUrlEncoder().encodeToString(
                ("p1|name|" + UUID.randomUUID()).getBytes()) }) {
            Api.as(Tokens.ANNA).queryParam("cursor", bad).get("/participants").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
        String nameCursor = Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("limit", 1).get("/participants")
                .then().statusCode(200).extract().path("nextCursor");
        Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("sort", "created").queryParam("cursor", nameCursor)
                .get("/participants").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(Tokens.ANNA).queryParam("limit", 0).get("/participants").then().statusCode(400);
        Api.as(Tokens.ANNA).queryParam("limit", 201).get("/participants").then().statusCode(400);
    }

    @Test
    void theLastPageHasNoCursor() {
        Response r = Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("limit", 5).get("/participants");
        r.then().statusCode(200).body("items", hasSize(5));
        assertNull(r.path("nextCursor"));
        Response first = Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("limit", 4).get("/participants");
        assertTrue(first.path("nextCursor") != null);
    }

    private List<String> pagedIds(String sort, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(Tokens.ANNA).queryParam("q", prefix).queryParam("sort", sort).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/participants");
            page.then().statusCode(200);
            ids.addAll(ids(page));
            cursor = page.path("nextCursor");
        } while (cursor != null && ++pages < 10);
        return ids;
    }

    private static List<String> ids(Response r) {
        r.then().statusCode(200);
        return r.jsonPath().getList("items.id", String.class);
    }
}
