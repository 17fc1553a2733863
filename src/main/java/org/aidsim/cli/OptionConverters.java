package org.aidsim.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values whose picocli defaults would name a Java class in the error ("cannot convert ...
 * to class java.time.LocalDate"). Each says what was written and what is expected; {@link ErrorHandler} puts the
 * option's name in front.
 */
final class OptionConverters {
    private OptionConverters() {
    }

    static CommandLine register(CommandLine cmd) {
        return cmd.registerConverter(LocalDate.class, OptionConverters::date)
                .registerConverter(BigDecimal.class, OptionConverters::number)
                .registerConverter(Long.class, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE))
                .registerConverter(Long.TYPE, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE))
                .registerConverter(Integer.class, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .registerConverter(Integer.TYPE, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .registerConverter(OutputFormat.class, OptionConverters::format);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; expected YYYY-MM-DD, such as 2024-03-18");
        }
    }

    /** A format name in any case; {@link ErrorHandler} adds the formats the command takes to the refusal. */
    static OutputFormat format(String text) {
        for (OutputFormat format : OutputFormat.values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new TypeConversionException("'" + text + "' is not an output format");
    }

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number; expected digits such as 80 or 72.5");
        }
    }

    private static long whole(String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("'" + text + "' is not a whole number; expected digits such as 4");
    }
}
