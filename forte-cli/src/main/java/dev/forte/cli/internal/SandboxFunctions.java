package dev.forte.cli.internal;

import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.functions.FunctionHost;
import dev.forte.functions.WorkerSpec;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a backend's functions into the function host's workers: each function's own environment, plus, for a
 * function granted data access only, the data endpoint, the region and IAM credentials bound to its grant.
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
        return FunctionHost.start(workerSpecs(), console);
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
        FunctionCredentials issued = credentials.issue(grant.functionName(), grant.operations());
        Map<String, String> variables = new HashMap<>(
                backend.data().endpointVariableNames().values(graphqlEndpoint.toString()));
        variables.put("AWS_REGION", region);
        variables.put("AWS_ACCESS_KEY_ID", issued.accessKeyId());
        variables.put("AWS_SECRET_ACCESS_KEY", issued.secretAccessKey());
        variables.put("AWS_SESSION_TOKEN", issued.sessionToken());
        return variables;
    }
}
