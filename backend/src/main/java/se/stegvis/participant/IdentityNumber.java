package se.stegvis.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.stegvis.api.generated.model.IdentityType;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer),
 * validated and in canonical form {@code YYYYMMDD-NNNC}. A samordningsnummer has 60 added to the
 * day of birth. {@link #toString()} never reveals the number.
 */
public final class IdentityNumber {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)$");

    private final String canonical;
    private final IdentityType type;
    private final LocalDate birthDate;

    private IdentityNumber(String canonical, IdentityType type, LocalDate birthDate) {
        this.canonical = canonical;
        this.type = type;
        this.birthDate = birthDate;
    }

    /**
     * Parses {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code YYMMDD-NNNC} or {@code YYMMDD+NNNC}
     * (the plus marks a person aged 100 or more). Returns a reason when the number is invalid; the
     * reason never contains the number.
     */
    public static Result parse(String input, LocalDate today) {
        if (input == null) {
            return Result.invalid("is required");
        }
        Matcher m = FORMAT.matcher(input.trim());
        if (!m.matches()) {
            return Result.invalid("must be written YYYYMMDD-NNNC");
        }
        String yy = m.group(2);
        int month = Integer.parseInt(m.group(3));
        int dayField = Integer.parseInt(m.group(4));
        String separator = m.group(5);
        String serial = m.group(6);
        int check = Integer.parseInt(m.group(7));

        if (luhn(yy + m.group(3) + m.group(4) + serial) != check) {
            return Result.invalid("the check digit does not match");
        }
        boolean coordination = dayField > 60;
        int day = coordination ? dayField - 60 : dayField;
        int year;
        if (m.group(1) != null) {
            if (!separator.isEmpty() && separator.equals("+")) {
                return Result.invalid("a twelve-digit number is written with '-'");
            }
            year = Integer.parseInt(m.group(1) + yy);
        } else {
            int twoDigits = Integer.parseInt(yy);
            int century = today.getYear() / 100 * 100;
            year = century + twoDigits;
            if (year > today.getYear()) {
                year -= 100;
            }
            if ("+".equals(separator)) {
                year -= 100;
            }
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Result.invalid(coordination ? "the day of a samordningsnummer must be the day of birth plus 60"
                    : "is not a real date of birth");
        }
        if (birth.isAfter(today)) {
            return Result.invalid("the date of birth lies in the future");
        }
        if (birth.isBefore(today.minusYears(130))) {
            return Result.invalid("the date of birth is too far in the past");
        }
        String canonical = String.format("%04d%02d%02d-%s%d", year, month, dayField, serial, check);
        return Result.valid(new IdentityNumber(canonical,
                coordination ? IdentityType.SAMORDNINGSNUMMER : IdentityType.PERSONNUMMER, birth));
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public String canonical() {
        return canonical;
    }

    public IdentityType type() {
        return type;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The date part kept, the last four hidden: {@code 19121212-****}. */
    public String masked() {
        return canonical.substring(0, 9) + "****";
    }

    @Override
    public String toString() {
        return "IdentityNumber[" + type + ", masked]";
    }

    public record Result(Optional<IdentityNumber> number, String reason) {
        static Result valid(IdentityNumber n) {
            return new Result(Optional.of(n), null);
        }

        static Result invalid(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
