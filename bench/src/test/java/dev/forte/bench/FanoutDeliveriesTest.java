package dev.forte.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FanoutDeliveriesTest {
    private static final long MS = 1_000_000;

    @Test
    void timesEachMessageToItsLastSubscriberAfterTheWarmUp() {
        FanoutDeliveries deliveries = new FanoutDeliveries(3, 2);
        long[] sentAt = {0, 100 * MS, 200 * MS};
        deliveries.delivered(0, 1 * MS);
        deliveries.delivered(0, 2 * MS);
        deliveries.delivered(1, 104 * MS);
        deliveries.delivered(1, 101 * MS);
        deliveries.delivered(2, 203 * MS);
        deliveries.delivered(2, 206 * MS);

        Measurement measured = deliveries.measurement(sentAt, 1, 2.0);

        assertThat(measured.requests()).isEqualTo(2);
        assertThat(measured.errors()).isZero();
        assertThat(measured.p50Millis()).isEqualTo(4.0);
        assertThat(measured.p99Millis()).isEqualTo(6.0);
        assertThat(measured.perSecond()).isEqualTo(2.0);
    }

    @Test
    void countsAMessageSomeSubscriberMissedOrThatFailedToPublishAsAnError() {
        FanoutDeliveries deliveries = new FanoutDeliveries(2, 2);
        deliveries.delivered(0, 5 * MS);
        deliveries.delivered(1, 5 * MS);
        deliveries.delivered(1, 6 * MS);

        Measurement measured = deliveries.measurement(new long[] {0, -1}, 0, 1.0);

        assertThat(measured.errors()).isEqualTo(2);
    }

    @Test
    void findsThePublishedMessageNumberInADataMessage() {
        assertThat(FanoutBench.messageNumber("{\"type\":\"data\",\"payload\":{\"data\":{\"onCreateTodo\":"
                + "{\"name\":\"fanout-42\"}}}}")).isEqualTo(42);
        assertThat(FanoutBench.messageNumber("{\"type\":\"ka\"}")).isEqualTo(-1);
    }
}
