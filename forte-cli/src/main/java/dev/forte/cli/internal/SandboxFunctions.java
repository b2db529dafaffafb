package dev.forte.cli.internal;

import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.functions.FunctionHost;
import dev.forte.functions.WorkerEnvironment;
import dev.forte.functions.WorkerSpec;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import java.net.URI;
import java.time.Clock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a backend's functions into the function host's workers: each function's own environment, plus, for a
 * function granted data access only, the data endpoint, the region and IAM credentials bound to its grant. Each
 * new worker gets freshly issued credentials, and the host replaces a warm worker before its credentials expire.
 */
public final class SandboxFunctions {
    /** Issues a function's temporary credentials for the operations it was granted. */
    @FunctionalInterface
    public interface CredentialIssuer {
        FunctionCredentials issue(String functionName, Set<ResourceOperation> operations);
    }

    private final Backend backend;
    private final List<Path> classpath;
    private final URI graphqlEndpoint;
    private final String region;
    private final CredentialIssuer credentials;

    public SandboxFunctions(Backend backend, List<Path> classpath, URI graphqlEndpoint, String region,
            CredentialIssuer credentials) {
        this.backend = backend;
        this.classpath = List.copyOf(classpath);
        this.graphqlEndpoint = graphqlEndpoint;
        this.region = region;
        this.credentials = credentials;
    }

    /** Returns a started host running every function of the backend; its workers print to {@code console}. */
    public FunctionHost start(Consumer<String> console) {
        return FunctionHost.start(workerSpecs(), console, this::environmentFor, Clock.systemUTC());
    }

    /** Returns the credentials of a new worker of {@code functionName}: issued now for its grant, or none. */
    public WorkerEnvironment environmentFor(String functionName) {
        Optional<ResourceGrant> grant = backend.function(functionName).flatMap(backend::grant);
        if (grant.isEmpty()) {
            return WorkerEnvironment.none();
        }
        FunctionCredentials issued = credentials.issue(functionName, grant.get().operations());
        return new WorkerEnvironment(Map.of(
                "AWS_ACCESS_KEY_ID", issued.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", issued.secretAccessKey(),
                "AWS_SESSION_TOKEN", issued.sessionToken()), issued.expiration());
    }

    /** Returns one worker spec per function of the backend, in declaration order. */
    public List<WorkerSpec> workerSpecs() {
        return backend.functions().stream().map(this::workerSpec).toList();
    }

    private WorkerSpec workerSpec(FunctionDefinition function) {
        return new WorkerSpec(function.name(), function.handlerClassName(), classpath, function.timeoutSeconds(),
                function.memoryMB(), environment(function, backend.grant(function)));
    }

    private Map<String, String> environment(FunctionDefinition function, Optional<ResourceGrant> grant) {
        Map<String, String> environment = new HashMap<>(function.environment());
        grant.ifPresent(granted -> environment.putAll(dataAccess(granted)));
        return environment;
    }

    private Map<String, String> dataAccess(ResourceGrant grant) {
        Map<String, String> variables = new HashMap<>(
                backend.data().endpointVariableNames().values(graphqlEndpoint.toString()));
        variables.put("AWS_REGION", region);
        return variables;
    }
}
