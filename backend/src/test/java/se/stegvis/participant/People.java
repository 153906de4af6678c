package se.stegvis.participant;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import se.stegvis.testsupport.Api;

/** Test participants: registered through the API, with valid identity numbers nobody else uses. */
public final class People {

    private People() {
    }

    /** The Luhn check digit of the ten digits YYMMDDNNN (nine digits), as Skatteverket computes it. */
    public static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code YYYYMMDD-NNNC} with a correct check digit; the date part is taken as given (day + 60 for a samordningsnummer). */
    public static String number(int year, int month, int dayField, int serial) {
        String body = String.format("%02d%02d%02d%03d", year % 100, month, dayField, serial);
        return String.format("%04d%02d%02d-%03d%d", year, month, dayField, serial, luhn(body));
    }

    /** A random valid personnummer born 1950–1999. */
    public static String randomNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 50));
        return number(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
    }

    /** A surname no other test uses: letters only, so that it sorts and searches like a name. */
    public static String uniqueName(String stem) {
        StringBuilder sb = new StringBuilder(stem);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    /** Registers a named participant with a fresh identity number as the given user; returns the id. */
    public static UUID create(String user, String firstName, String lastName) {
        String id = Api.as(user).body(Map.of("identityNumber", randomNumber(), "firstName", firstName, "lastName", lastName))
                .post("/participants").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Registers an anonymous participant. */
    public static UUID createAnonymous(String user, String firstName, String lastName) {
        String id = Api.as(user).body(Map.of("firstName", firstName, "lastName", lastName, "sex", "female", "birthYear", 1990))
                .post("/participants").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
