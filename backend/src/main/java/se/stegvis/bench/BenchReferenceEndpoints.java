package se.stegvis.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Reference endpoints for {@code make bench} only: they measure the ceiling of this stack (Quarkus
 * REST + Jackson + Agroal + the MariaDB driver) on this machine, so that the product's endpoints
 * can be judged as a ratio of it within one run. They are not part of the product's API: the class
 * is built only with {@code -Dstegvis.bench.enabled=true} (bench/bench.sh builds that variant into
 * its own directory); the normal build leaves it out.
 *
 * <ul>
 *   <li>{@code GET /api/v1/_bench/json} — a trivial JSON answer, no database;</li>
 *   <li>{@code GET /api/v1/_bench/json-auth} — the same behind bearer-token verification;</li>
 *   <li>{@code GET /api/v1/_bench/pk/{id}} — one primary-key read of a participant through the pool;</li>
 *   <li>{@code GET /api/v1/_bench/page?after=} — a 50-row page of participants (keyset on id);</li>
 *   <li>{@code POST /api/v1/_bench/tx/{id}} — one transaction that reads a row ({@code FOR UPDATE})
 *       and writes it back: the same participant columns in the benchmark's own table
 *       {@code bench_row} (bench/generate.sql), since {@code participant} has a product trigger.</li>
 * </ul>
 */
@IfBuildProperty(name = "stegvis.bench.enabled", stringValue = "true")
@Path("/_bench")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BenchReferenceEndpoints {

    public record Ping(boolean ok, long n) {
    }

    public record Row(String id, String firstName, String lastName, String sex, int birthYear, long version) {
    }

    public record Page(List<Row> items) {
    }

    private static final String COLUMNS = "SELECT id, first_name, last_name, sex, birth_year, version FROM participant";
    private static final String TX_COLUMNS = "SELECT id, first_name, last_name, sex, birth_year, version FROM bench_row";

    private final AtomicLong counter = new AtomicLong();

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Path("/json")
    public Ping json() {
        return new Ping(true, counter.incrementAndGet());
    }

    @GET
    @Path("/json-auth")
    @Authenticated
    public Ping jsonAuthenticated() {
        return new Ping(true, counter.incrementAndGet());
    }

    @GET
    @Path("/pk/{id}")
    public Row primaryKey(@PathParam("id") UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            s.setString(1, id.toString());
            return single(s);
        }
    }

    @GET
    @Path("/page")
    public Page page(@QueryParam("after") UUID after) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id > ? ORDER BY id LIMIT 50")) {
            s.setString(1, (after == null ? new UUID(0, 0) : after).toString());
            List<Row> rows = new ArrayList<>(50);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return new Page(rows);
        }
    }

    @POST
    @Path("/tx/{id}")
    @Transactional
    public Row readAndWrite(@PathParam("id") UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Row before;
            try (PreparedStatement s = c.prepareStatement(TX_COLUMNS + " WHERE id = ? FOR UPDATE")) {
                s.setString(1, id.toString());
                before = single(s);
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE bench_row SET version = ?, updated_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND version = ?")) {
                u.setLong(1, before.version() + 1);
                u.setString(2, id.toString());
                u.setLong(3, before.version());
                if (u.executeUpdate() != 1) {
                    throw new IllegalStateException("the row changed under its lock");
                }
            }
            return new Row(before.id(), before.firstName(), before.lastName(), before.sex(), before.birthYear(),
                    before.version() + 1);
        }
    }

    private static Row single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new NotFoundException();
            }
            return row(r);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getLong(6));
    }
}
