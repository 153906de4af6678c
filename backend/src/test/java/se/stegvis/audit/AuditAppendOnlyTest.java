package se.stegvis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only in the application: no code changes or removes an entry, its
 * participant rows or its hash in the chain ({@link AuditChain} only appends to {@code audit_seal}).
 * A plain scan of the main source tree, so that adding such a statement anywhere fails the build.
 */
class AuditAppendOnlyTest {

    /** Any statement that would change or remove audit rows (any of the three tables), or map them as an entity. */
    static final Pattern CHANGES_AUDIT = Pattern.compile(
            "(?is)(?:\\b|(?=@))(UPDATE\\s+(IGNORE\\s+)?|DELETE\\s+(\\w+\\s+)?FROM\\s+|TRUNCATE\\s+(TABLE\\s+)?|REPLACE\\s+(INTO\\s+)?"
                    + "|ALTER\\s+TABLE\\s+|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?|@Table\\s*\\(\\s*name\\s*=\\s*\")`?audit_(event|seal)");

    record Hit(String file, String text) {
    }

    static List<Hit> scan(Path root) throws IOException {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher m = CHANGES_AUDIT.matcher(source);
                while (m.find()) {
                    int end = source.indexOf('"', m.end());
                    hits.add(new Hit(root.relativize(file).toString().replace('\\', '/'),
                            source.substring(m.start(), end < 0 ? m.end() : end).replaceAll("\\s+", " ")));
                }
            }
        }
        return hits;
    }

    @Test
    void noCodeChangesOrRemovesAuditEntriesOrTheirHashes() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertTrue(Files.readString(main.resolve("se/stegvis/audit/AuditChain.java")).contains("INSERT INTO audit_seal"),
                "the scan reads the tree the seal is written in");
        assertEquals(List.of(), scan(main), "code that changes or removes audit entries or their hashes");
    }

    @Test
    void theScanRecognisesChangesInTheirUsualForms() {
        for (String statement : List.of("DELETE FROM audit_event WHERE id = 1", "delete  from\n audit_event_participant",
                "DELETE a FROM audit_event a JOIN x", "UPDATE audit_event SET username = 'x'", "update `audit_event` set",
                "TRUNCATE TABLE audit_event", "UPDATE audit_seal SET chain_hash = ?", "DELETE FROM audit_seal",
                "REPLACE INTO audit_event (id) VALUES (1)", "@Table(name = \"audit_event\")")) {
            assertTrue(CHANGES_AUDIT.matcher("\"" + statement + "\"").find(), statement);
        }
        for (String statement : List.of("INSERT INTO audit_event (user_id) VALUES (:u)", "SELECT * FROM audit_event",
                "INSERT INTO audit_seal (event_id, chain_hash) VALUES (?, ?)",
                "UPDATE participant SET x = 1")) {
            assertTrue(!CHANGES_AUDIT.matcher(statement).find(), statement);
        }
    }
}
