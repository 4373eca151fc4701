package dev.winnow.deliver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A record's dates (ISO-8601 as the metadata stage writes them: a date, a local date-time, or one with an
 * offset) as instants for typed columns and fields. A date without a time is midnight UTC; one without an offset
 * is read as UTC, the only reading that gives the same instant on every machine.
 */
public final class RecordDates {

    private RecordDates() {
    }

    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        // The shape tells which of the three forms it can be, so only that one is tried: a failed parse throws,
        // and most records carry dates of the other forms (a bare date, a time without offset).
        int time = value.indexOf('T');
        try {
            if (time < 0) {
                return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            if (hasOffset(value, time)) {
                return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            return Optional.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static boolean hasOffset(String value, int time) {
        return value.endsWith("Z") || value.endsWith("z") || value.indexOf('+', time) >= 0 || value.indexOf('-', time) >= 0;
    }
}
