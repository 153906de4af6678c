package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Exports parse back to the same cells, suppression included, as the JSON reports. */
@QuarkusTest
class ReportExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportRefresher refresher;

    @BeforeEach
    void data() {
        ReportDataset.create();
        refresher.refresh();
    }

    private static Response export(String user, String table, String format) {
        return Api.as(user).get("/reports/export?table=" + table + "&format=" + format + "&projectId=" + ReportDataset.PROJECT
                + "&from=2025-01-01&to=2025-12-31");
    }

    @Test
    void csvOfExitOutcomesHasTheSameCellsAsTheJson() throws IOException {
        for (String user : List.of(Tokens.MARIA, Tokens.SARA)) {
            Response res = export(user, "exit_outcomes", "csv");
            res.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                    .header("Content-Disposition", "attachment; filename=\"stegvis-exit_outcomes-2025-01-01-2025-12-31.csv\"");
            List<List<String>> rows = csv(res.asByteArray());
            JsonPath json = Reports.year2025(user, "outcomes");
            assertEquals(List.of("Utfall", "Kvinnor", "Män", "Annat", "Totalt", "Kvinnor %", "Män %", "Annat %", "Totalt %"), rows.get(0));
            List<String> work = rows.get(1);
            assertEquals("work", work.get(0));
            assertEquals(cells(Reports.counts(json, "current.outcomes[0].count")), work.subList(1, 5));
            List<String> exited = rows.stream().filter(r -> r.get(0).equals("exited")).findFirst().orElseThrow();
            assertEquals(cells(Reports.counts(json, "current.exited")), exited.subList(1, 5));
        }
        // Sara's exited row hides the 3 men and the 6 women, as the JSON does.
        List<String> exited = csv(export(Tokens.SARA, "exit_outcomes", "csv").asByteArray()).stream()
                .filter(r -> r.get(0).equals("exited")).findFirst().orElseThrow();
        assertEquals(List.of("..", "..", "0", "9"), exited.subList(1, 5));
    }

    @Test
    void xlsxOfTheReferralFunnelHasTheSameCellsAsTheJson() throws IOException {
        Response res = export(Tokens.MARIA, "referral_funnel", "xlsx");
        res.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"stegvis-referral_funnel-2025-01-01-2025-12-31.xlsx\"");
        List<List<String>> rows = xlsx(res.asByteArray());
        assertEquals(List.of("Remittent", "Steg", "Kvinnor", "Män", "Annat", "Totalt"), rows.get(0));
        JsonPath json = Reports.year2025(Tokens.MARIA, "referrals");
        List<String> received = rows.stream().filter(r -> r.get(0).equals("Totalt") && r.get(1).equals("Inkomna")).findFirst().orElseThrow();
        assertEquals(cells(Reports.counts(json, "current.total.received")), received.subList(2, 6));
        assertEquals(List.of("4", "2", "0", "6"), received.subList(2, 6));
    }

    @Test
    void everyTableExportsInBothFormats() throws IOException {
        for (String table : List.of("participants", "municipalities", "referral_funnel", "decline_reasons", "exit_outcomes", "work_at_exit",
                "follow_up_outcomes", "steps_forward", "indicator_changes", "change_distribution", "bip_signals", "sus_employment",
                "sus_income_sources", "budget")) {
            List<List<String>> c = csv(export(Tokens.SARA, table, "csv").then().statusCode(200).extract().asByteArray());
            List<List<String>> x = xlsx(export(Tokens.SARA, table, "xlsx").then().statusCode(200).extract().asByteArray());
            assertEquals(c, x, table);
            assertTrue(c.size() >= 2, table + " has rows");
        }
    }

    @Test
    void theSusListExportsWithConsentStatus() throws IOException {
        Response res = Api.as(Tokens.MARIA).get("/reports/sus-list/export?format=csv&projectId=" + ReportDataset.PROJECT
                + "&from=2025-01-01&to=2025-12-31");
        res.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"stegvis-sus-2025-01-01-2025-12-31.csv\"");
        List<List<String>> rows = csv(res.asByteArray());
        assertEquals("SUS-samtycke", rows.get(0).get(0));
        assertEquals(List.of("given", "given", "missing"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("Alva", "Alva", ""), rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList());
    }

    private static List<String> cells(List<Integer> values) {
        return values.stream().map(v -> v == null ? ".." : v.toString()).toList();
    }

    static List<List<String>> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 byte-order mark");
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)), ReportExporter.FORMAT)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    static List<List<String>> xlsx(byte[] body) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = wb.getFirstSheet();
            int width = 0;
            List<Row> all = sheet.read();
            for (Row r : all) {
                width = Math.max(width, r.getCellCount());
            }
            for (Row r : all) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    var cell = r.getOptionalCell(c);
                    row.add(cell.map(ReportExportTest::text).orElse(""));
                }
                rows.add(row);
            }
        }
        // Trailing blank columns that CSV keeps are absent in XLSX: pad to the header's width.
        int width = rows.get(0).size();
        rows.replaceAll(r -> {
            List<String> p = new ArrayList<>(r);
            while (p.size() < width) {
                p.add("");
            }
            return p;
        });
        return rows;
    }

    private static String text(org.dhatim.fastexcel.reader.Cell c) {
        if (c.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            java.math.BigDecimal d = c.asNumber().stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return c.getText() == null ? "" : c.getText();
    }
}
