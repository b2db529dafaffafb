package dev.forte.server.internal.scalars;

import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The nine scalars AppSync defines, validated as AppSync validates them. String-valued scalars keep the exact text
 * the client sent; {@code AWSTimestamp} is a {@link Long}. Wire them into a schema with
 * {@code AwsScalars.all().forEach(runtimeWiring::scalar)}.
 */
public final class AwsScalars {
    private static final GraphQLScalarType AWS_DATE = stringScalar(StringScalarFormat.of(
                    "AWSDate",
                    "An extended ISO 8601 date, YYYY-MM-DD, with an optional time-zone offset.",
                    "an extended ISO 8601 date (YYYY-MM-DD) with an optional time-zone offset, such as 2026-11-25 or"
                            + " 2026-11-25+05:30",
                    IsoTemporalSyntax::isDate)
            .withOutputText(result -> result instanceof LocalDate date ? date.toString() : null));

    private static final GraphQLScalarType AWS_TIME = stringScalar(StringScalarFormat.of(
                    "AWSTime",
                    "An extended ISO 8601 time, hh:mm[:ss[.sss]], with an optional time-zone offset.",
                    "an extended ISO 8601 time (hh:mm[:ss[.sss]]) with an optional time-zone offset, such as"
                            + " 19:06:39.396Z or 19:06",
                    IsoTemporalSyntax::isTime)
            .withOutputText(AwsScalars::timeText));

    private static final GraphQLScalarType AWS_DATE_TIME = stringScalar(StringScalarFormat.of(
                    "AWSDateTime",
                    "An extended ISO 8601 date and time, YYYY-MM-DDThh:mm[:ss[.sss]], with a required time-zone offset.",
                    "an extended ISO 8601 date-time with a time-zone offset, such as 2026-11-25T19:06:39.396Z",
                    IsoTemporalSyntax::isDateTime)
            .withOutputText(AwsScalars::dateTimeText));

    private static final GraphQLScalarType AWS_TIMESTAMP = GraphQLScalarType.newScalar()
            .name(TimestampCoercing.NAME)
            .description("A whole number of seconds before or after 1970-01-01T00:00Z.")
            .coercing(new TimestampCoercing())
            .build();

    private static final GraphQLScalarType AWS_EMAIL = stringScalar(StringScalarFormat.of(
            "AWSEmail",
            "An email address, local-part@domain-part, as defined by RFC 822.",
            "an email address (local-part@domain-part), such as user@example.com",
            EmailSyntax::isEmail));

    private static final GraphQLScalarType AWS_JSON = stringScalar(StringScalarFormat.of(
                    "AWSJSON",
                    "A string holding a JSON value (RFC 8259).",
                    "a string holding valid JSON, such as \"{\\\"upvotes\\\": 10}\"",
                    JsonSyntax::isJson)
            .withOutputText(JsonSyntax::jsonText));

    private static final GraphQLScalarType AWS_PHONE = stringScalar(StringScalarFormat.of(
            "AWSPhone",
            "A phone number: digit groups separated by spaces or hyphens, with an optional +country code."
                    + " Numbers without a country code are North American.",
            "a phone number with an optional +country code, digit groups separated by spaces or hyphens, such as"
                    + " +1 206-555-0100 or +44 20 7946 0958",
            PhoneSyntax::isPhone));

    private static final GraphQLScalarType AWS_URL = stringScalar(StringScalarFormat.of(
            "AWSURL",
            "A URL as defined by RFC 1738, with a scheme.",
            "a URL with a scheme, such as https://example.com/path or mailto:user@example.com",
            UrlSyntax::isUrl));

    private static final GraphQLScalarType AWS_IP_ADDRESS = stringScalar(StringScalarFormat.of(
            "AWSIPAddress",
            "An IPv4 or IPv6 address, with an optional CIDR prefix length.",
            "an IPv4 or IPv6 address with an optional CIDR prefix length, such as 192.0.2.1, 2001:db8::1 or"
                    + " 10.0.0.0/8",
            IpAddressSyntax::isIpAddress));

    private static final List<GraphQLScalarType> ALL = List.of(
            AWS_DATE, AWS_TIME, AWS_DATE_TIME, AWS_TIMESTAMP, AWS_EMAIL, AWS_JSON, AWS_PHONE, AWS_URL, AWS_IP_ADDRESS);

    private AwsScalars() {}

    /** Returns the nine AWS scalars, in the order AppSync's documentation lists them. */
    public static List<GraphQLScalarType> all() {
        return ALL;
    }

    /** Returns {@code AWSDate}: {@code YYYY-MM-DD} with an optional offset; outputs may be {@code LocalDate}. */
    public static GraphQLScalarType awsDate() {
        return AWS_DATE;
    }

    /** Returns {@code AWSTime}: {@code hh:mm[:ss[.sss]]} with an optional offset; outputs may be java.time times. */
    public static GraphQLScalarType awsTime() {
        return AWS_TIME;
    }

    /** Returns {@code AWSDateTime}: a date-time with a required offset; outputs may be java.time instants. */
    public static GraphQLScalarType awsDateTime() {
        return AWS_DATE_TIME;
    }

    /** Returns {@code AWSTimestamp}: whole seconds since the epoch, coerced to {@link Long}. */
    public static GraphQLScalarType awsTimestamp() {
        return AWS_TIMESTAMP;
    }

    /** Returns {@code AWSEmail}. */
    public static GraphQLScalarType awsEmail() {
        return AWS_EMAIL;
    }

    /** Returns {@code AWSJSON}: JSON text; outputs that are maps, lists, numbers or booleans become JSON text. */
    public static GraphQLScalarType awsJson() {
        return AWS_JSON;
    }

    /** Returns {@code AWSPhone}. */
    public static GraphQLScalarType awsPhone() {
        return AWS_PHONE;
    }

    /** Returns {@code AWSURL}. */
    public static GraphQLScalarType awsUrl() {
        return AWS_URL;
    }

    /** Returns {@code AWSIPAddress}. */
    public static GraphQLScalarType awsIpAddress() {
        return AWS_IP_ADDRESS;
    }

    private static GraphQLScalarType stringScalar(StringScalarFormat format) {
        return GraphQLScalarType.newScalar()
                .name(format.name())
                .description(format.description())
                .coercing(new StringScalarCoercing(format))
                .build();
    }

    private static @Nullable String timeText(Object result) {
        return result instanceof LocalTime || result instanceof OffsetTime ? result.toString() : null;
    }

    private static @Nullable String dateTimeText(Object result) {
        if (result instanceof OffsetDateTime || result instanceof Instant) {
            return result.toString();
        }
        return result instanceof ZonedDateTime dateTime ? dateTime.toOffsetDateTime().toString() : null;
    }
}
