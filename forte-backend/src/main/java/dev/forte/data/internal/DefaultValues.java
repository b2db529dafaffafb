package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.Scalar;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a {@code .default_(value)} against the field's scalar, as the {@code @default} transformer does. */
final class DefaultValues {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern OFFSET_SUFFIX = Pattern.compile("(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{2,}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/\\d{1,3})?");

    private DefaultValues() {}

    /** Throws unless {@code value} is a valid {@code scalar}; {@code where} names the model and field. */
    static void check(String where, Scalar scalar, String value) {
        if (!validator(scalar).test(value)) {
            throw new SchemaException(where + ": default value \"" + value + "\" is not a valid "
                    + scalar.graphqlName() + ". Pass `.default_(...)` a value of the field's type.");
        }
    }

    private static Predicate<String> validator(Scalar scalar) {
        switch (scalar) {
            case INT: return v -> fitsIn(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case AWS_TIMESTAMP: return v -> fitsIn(v, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT: return DefaultValues::isFiniteNumber;
            case BOOLEAN: return v -> v.equals("true") || v.equals("false");
            case AWS_DATE: return v -> parses(() -> LocalDate.parse(withoutOffset(v)));
            case AWS_TIME: return v -> parses(() -> LocalTime.parse(withoutOffset(v)));
            case AWS_DATE_TIME: return v -> parses(() -> OffsetDateTime.parse(v));
            case AWS_EMAIL: return v -> EMAIL.matcher(v).matches();
            case AWS_PHONE: return v -> PHONE.matcher(v).matches();
            case AWS_URL: return DefaultValues::isAbsoluteUrl;
            case AWS_IP_ADDRESS: return v -> IPV4.matcher(v).matches() || IPV6.matcher(v).matches();
            default: return v -> true; // ID, String; AWSJSON is not parsed here (no JSON parser in this module)
        }
    }

    private static boolean fitsIn(String value, long min, long max) {
        if (!INTEGER.matcher(value).matches()) {
            return false;
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed >= min && parsed <= max;
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }

    private static boolean isFiniteNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value)) && !value.endsWith("d") && !value.endsWith("f");
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String withoutOffset(String value) {
        return OFFSET_SUFFIX.matcher(value).replaceFirst("");
    }

    private static boolean isAbsoluteUrl(String value) {
        return parses(() -> {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(value);
            }
            return uri;
        });
    }

    private interface Parse {
        Object run() throws Exception;
    }

    private static boolean parses(Parse parse) {
        try {
            parse.run();
            return true;
        } catch (Exception unparsable) {
            return false;
        }
    }
}
