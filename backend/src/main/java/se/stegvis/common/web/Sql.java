package se.stegvis.common.web;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/** Converts the column values of native queries, whose Java types depend on the driver. */
public final class Sql {

    private Sql() {
    }

    public static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }

    public static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** A condition or BOOLEAN column as the driver hands it over (a Boolean or a number); null is false. */
    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : integer(value) != 0;
    }
}
