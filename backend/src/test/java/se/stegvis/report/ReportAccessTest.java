package se.stegvis.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Who may ask for reports, and what a bad request answers. */
@QuarkusTest
class ReportAccessTest {

    private static final String YEAR = "from=2025-01-01&to=2025-12-31";

    @Test
    void partnersAndAdministratorsMayNotReadReports() {
        for (String user : List.of(Tokens.LARS, Tokens.KARIN, Tokens.ADMIN)) {
            Api.as(user).get("/reports/summary?" + YEAR).then().statusCode(403).contentType("application/problem+json");
            Api.as(user).get("/reports/export?table=budget&format=csv&" + YEAR).then().statusCode(403);
        }
        Api.anonymous().get("/reports/outcomes?" + YEAR).then().statusCode(401);
    }

    @Test
    void analystsMayNotTakeTheSusListOfNamedParticipants() {
        Api.as(Tokens.SARA).get("/reports/sus-list?" + YEAR).then().statusCode(403);
        Api.as(Tokens.SARA).get("/reports/sus-list/export?format=csv&" + YEAR).then().statusCode(403);
    }

    @Test
    void theSusListOfAProjectOutsideTheCallersAssignmentsIsNotFound() {
        ReportDataset.create();
        Api.as(Tokens.ANNA).get("/reports/sus-list?projectId=" + ReportDataset.PROJECT + "&" + YEAR).then().statusCode(404);
    }

    @Test
    void invalidPeriodsNameTheFields() {
        Api.as(Tokens.SARA).get("/reports/participants?from=2025-12-31&to=2025-01-01").then().statusCode(422)
                .body("errors.field", hasItems("to"));
        Api.as(Tokens.SARA).get("/reports/participants?from=2010-01-01&to=2025-01-01").then().statusCode(422)
                .body("errors.field", hasItems("to"));
        Api.as(Tokens.SARA).get("/reports/participants?" + YEAR + "&compareFrom=2024-01-01").then().statusCode(422)
                .body("errors.field", hasItems("compareTo"));
        Api.as(Tokens.SARA).get("/reports/participants?" + YEAR + "&compareFrom=2024-12-31&compareTo=2024-01-01").then().statusCode(422)
                .body("errors.field", hasItems("compareTo"));
        Api.as(Tokens.SARA).get("/reports/participants?" + YEAR + "&municipality=0000").then().statusCode(422)
                .body("errors[0].field", equalTo("municipality"));
    }

    @Test
    void anUnknownProjectIsNotFound() {
        Api.as(Tokens.SARA).get("/reports/outcomes?projectId=30000000-0000-0000-0000-0000000000ff&" + YEAR).then().statusCode(404);
    }
}
