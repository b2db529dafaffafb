package dev.forte.server.internal.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.execution.RealtimeExecution;
import dev.forte.server.internal.http.GraphqlBodyParser;
import java.util.concurrent.ScheduledExecutorService;

/** What every realtime connection of a server shares. */
record RealtimeContext(RealtimeSettings settings, RealtimeMessages messages, RealtimeAuthenticator authenticator,
        RealtimeExecution execution, SubscriptionFanout fanout, ScheduledExecutorService scheduler,
        GraphqlBodyParser bodyParser, ObjectMapper mapper) {}
