package dev.forte.server.internal.cognito;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * A Cognito service in AWS JSON 1.1: operations named by {@code X-Amz-Target} ({@code <targetPrefix><Operation>}),
 * each taking and answering a JSON object.
 */
public interface CognitoService {
    /** Returns the service part of every {@code X-Amz-Target}, e.g. {@code AWSCognitoIdentityService.}. */
    String targetPrefix();

    /** Returns how messages name the service, e.g. {@code identity pool}. */
    String name();

    /** Returns the operations {@link #call} runs, e.g. {@code GetId}. */
    Set<String> operations();

    /**
     * Runs {@code operation}, one of {@link #operations()}, on {@code input} and returns its answer.
     *
     * @throws CognitoException Cognito's refusal of the request
     */
    ObjectNode call(String operation, ObjectNode input);
}
