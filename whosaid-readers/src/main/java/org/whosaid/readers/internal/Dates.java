package org.whosaid.readers.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of the dates found in feeds and JSON: ISO 8601 prefixes and RFC 822/1123. */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    /** The calendar date of an ISO or RFC 1123 date-time, or null when it is neither. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
