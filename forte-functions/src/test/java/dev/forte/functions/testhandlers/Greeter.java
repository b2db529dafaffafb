package dev.forte.functions.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Greeter implements RequestHandler<Greeter.Person, Map<String, Object>> {
    /** A bean, not a record: the official runtime's serializer cannot create records. */
    public static class Person {
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Override
    public Map<String, Object> handleRequest(Person person, Context context) {
        context.getLogger().log("greeting " + person.getName());
        System.err.println("to standard error");
        return Map.of("greeting", "Hello, " + person.getName(), "pid", ProcessHandle.current().pid());
    }
}
