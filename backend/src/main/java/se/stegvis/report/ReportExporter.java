package se.stegvis.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.stegvis.api.generated.model.ExportFormat;

/** Writes a table as CSV (UTF-8 with BOM, {@code ;}-separated, as Swedish Excel reads it) or XLSX. */
final class ReportExporter {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private ReportExporter() {
    }

    static byte[] write(ExportTable table, ExportFormat format) {
        return format == ExportFormat.XLSX ? xlsx(table) : csv(table);
    }

    static String contentType(ExportFormat format) {
        return format == ExportFormat.XLSX ? XLSX : CSV;
    }

    static byte[] csv(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            w.write('\uFEFF');
            p.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                p.printRecord(row.stream().map(ReportExporter::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Stegvis", "1.0");
            // Sheet names are at most 31 characters in Excel.
            Worksheet ws = wb.newWorksheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
            for (int c = 0; c < table.headers().size(); c++) {
                ws.value(0, c, table.headers().get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            // As a spreadsheet shows the number: 181, not 181.0.
            BigDecimal stripped = d.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        return v.toString();
    }
}
