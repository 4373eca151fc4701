package dev.winnow.metadata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A date as a page states it: the day, the time of day when the page gives one, and the offset only when
 * the page gives one (a local time stays local rather than being guessed into UTC).
 */
public record ParsedDate(LocalDate date, LocalTime time, ZoneOffset offset) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public static ParsedDate day(LocalDate date) {
        return new ParsedDate(date, null, null);
    }

    /** Whether both name the same instant: each has a time and an offset, and they agree to the second. */
    public boolean sameInstant(ParsedDate other) {
        return time != null && offset != null && other != null && other.time != null && other.offset != null
                && date.atTime(time).toInstant(offset).equals(other.date.atTime(other.time).toInstant(other.offset));
    }

    /** ISO-8601: {@code 2025-05-22}, {@code 2025-05-22T12:41:10} or {@code 2025-05-22T12:41:10+08:00}. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String local = date + "T" + time.format(TIME);
        return offset == null ? local : local + offset.getId();
    }
}
