package se.stegvis.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The product's calendar. A day is a Swedish day whatever zone the server or the database runs in:
 * "today", "not in the future" and "due" are judged here, and never with the database's CURRENT_DATE,
 * which follows the database server's zone (a server on UTC is a day behind from 23 to 24, Swedish time).
 */
public final class SwedishCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
