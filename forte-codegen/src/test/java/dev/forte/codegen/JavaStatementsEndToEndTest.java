package dev.forte.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.client.DataClient;
import dev.forte.codegen.testing.JavaSources;
import dev.forte.examples.todo.TodoBackend;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java program written against the generated java statements creates, reads and lists todos through {@link
 * DataClient} against a real Forte server (the example Todo backend on embedded PostgreSQL).
 */
class JavaStatementsEndToEndTest {
    private static final String PROGRAM = """
            package probe;

            import com.example.graphql.CreateTodoInput;
            import com.example.graphql.ModelStringInput;
            import com.example.graphql.ModelTodoFilterInput;
            import com.example.graphql.Mutations;
            import com.example.graphql.Mutations.CreateTodoResult;
            import com.example.graphql.Mutations.CreateTodoVariables;
            import com.example.graphql.Queries;
            import com.example.graphql.Queries.GetTodoResult;
            import com.example.graphql.Queries.GetTodoVariables;
            import com.example.graphql.Queries.ListTodosResult;
            import com.example.graphql.Queries.ListTodosVariables;
            import com.example.graphql.Todo;
            import com.example.graphql.TodoPriority;
            import dev.forte.client.DataClient;
import dev.forte.codegen.testing.JavaSources;
            import java.util.function.Function;

            public class TodoProgram implements Function<DataClient, String> {
                @Override
                public String apply(DataClient client) {
                    CreateTodoResult created = client.graphql(Mutations.CREATE_TODO, new CreateTodoVariables(
                            new CreateTodoInput("My first todo").withPriority(TodoPriority.HIGH)))
                            .data(CreateTodoResult.class);
                    Todo read = client.graphql(Queries.GET_TODO, new GetTodoVariables(created.createTodo().id()))
                            .data(GetTodoResult.class).getTodo();
                    ModelTodoFilterInput filter = new ModelTodoFilterInput()
                            .withName(new ModelStringInput().withEq(read.name()));
                    ListTodosResult listed = client.graphql(Queries.LIST_TODOS,
                            new ListTodosVariables().withFilter(filter)).data(ListTodosResult.class);
                    return read.name() + " " + read.priority() + " " + read.isDone() + " "
                            + listed.listTodos().items().size();
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aProgramUsingTheGeneratedStatementsCreatesReadsAndListsTodos() throws Exception {
        Map<String, String> sources = new HashMap<>(StatementGenerator.generate(new TodoBackend().define().data(),
                StatementOptions.of(StatementTarget.JAVA).withJavaPackage("com.example.graphql")).files());
        sources.put("probe/TodoProgram.java", PROGRAM);
        ClassLoader classes = JavaSources.compile(sources, work.resolve("program"));
        @SuppressWarnings("unchecked")
        Function<DataClient, String> program = (Function<DataClient, String>) classes.loadClass("probe.TodoProgram")
                .getDeclaredConstructor().newInstance();

        try (ForteServer server = ForteServer.start(ForteConfig.builder(new TodoBackend().define())
                .port(0).dataDirectory(work.resolve("data")).build())) {
            DataClient client = DataClient.builder().endpoint(server.graphqlEndpoint()).apiKey(server.apiKey()).build();

            assertThat(program.apply(client)).isEqualTo("My first todo HIGH false 1");
        }
    }
}
