package org.aidsim.cli;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.aidsim.report.OutputFormat;
import org.aidsim.scenario.NumberForms;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values whose picocli defaults would name a Java class in the error ("cannot convert ...
 * to class java.time.LocalDate", "is not a double"). Each says what was written and what is expected;
 * {@link ErrorHandler} puts the option's name in front. Every number goes through {@link NumberForms}, the rule
 * scenario files follow: plain decimal digits, a point as the decimal separator, no exponent, no infinity.
 */
final class OptionConverters {
    /** Text that looks like a number (digits, a point, an exponent), so NumberForms' hint fits it. */
    private static final Pattern NUMBERISH = Pattern.compile("[-+]?[.0-9][0-9a-zA-Z_.,+-]*");

    private OptionConverters() {
    }

    static CommandLine register(CommandLine cmd) {
        return cmd.registerConverter(LocalDate.class, OptionConverters::date)
                .registerConverter(BigDecimal.class, OptionConverters::number)
                .registerConverter(Long.class, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE))
                .registerConverter(Long.TYPE, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE))
                .registerConverter(Integer.class, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .registerConverter(Integer.TYPE, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE))
                // Lambdas, not OptionConverters::decimal: JDK 17.0.15's AppCDS dump (./aidsim) crashed with SIGSEGV in
                // adjust_lambda_proxy_class_dictionary on that method reference.
                .registerConverter(Double.class, text -> decimal(text))
                .registerConverter(Double.TYPE, text -> decimal(text))
                .registerConverter(Path.class, OptionConverters::path)
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
        OutputFormat format = OutputFormat.named(text);
        if (format != null) {
            return format;
        }
        throw new TypeConversionException("'" + text + "' is not an output format");
    }

    /** A file name the platform can represent; under a non-UTF-8 locale "Türkiye.yaml" may not be one. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a file name (" + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + "); a name with non-ASCII letters needs a UTF-8 locale, such as LC_ALL=C.UTF-8");
        }
    }

    /** A number in plain decimal digits (the README's one number rule): 1e2, .5, 0,5, NaN and Infinity are refused. */
    static BigDecimal number(String text) {
        NumberForms.Read read = NumberForms.read(text.trim());
        if (read.value() != null) {
            return read.value();
        }
        throw new TypeConversionException(NUMBERISH.matcher(text).matches()
                ? read.error()
                : "'" + text + "' is not a number; expected digits such as 80 or 72.5");
    }

    /** {@code value} as plain digits ("0.5", "7200"), the way a user writes it. */
    static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static double decimal(String text) {
        return number(text).doubleValue();
    }

    private static long whole(String text, long min, long max) {
        BigDecimal value;
        try {
            value = number(text);
        } catch (TypeConversionException e) {
            if (NUMBERISH.matcher(text).matches()) {
                throw e;
            }
            throw new TypeConversionException("'" + text + "' is not a whole number; expected digits such as 4");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new TypeConversionException("'" + text + "' is not a whole number; expected digits such as 4");
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + text + "' is too large; expected at most " + max);
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new TypeConversionException("'" + text + "' is too small; expected at least " + min);
        }
        return value.longValueExact();
    }
}
