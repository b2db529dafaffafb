package dev.forte.schema;

/** The AppSync scalars, one per {@code a.*()} scalar builder. */
public enum Scalar implements FieldType {
    ID("ID"),
    STRING("String"),
    INT("Int"),
    FLOAT("Float"),
    BOOLEAN("Boolean"),
    AWS_DATE("AWSDate"),
    AWS_TIME("AWSTime"),
    AWS_DATE_TIME("AWSDateTime"),
    AWS_TIMESTAMP("AWSTimestamp"),
    AWS_EMAIL("AWSEmail"),
    AWS_JSON("AWSJSON"),
    AWS_PHONE("AWSPhone"),
    AWS_URL("AWSURL"),
    AWS_IP_ADDRESS("AWSIPAddress");

    private final String graphqlName;

    Scalar(String graphqlName) {
        this.graphqlName = graphqlName;
    }

    @Override
    public String graphqlName() {
        return graphqlName;
    }
}
