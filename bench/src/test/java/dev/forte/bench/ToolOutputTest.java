package dev.forte.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolOutputTest {

    @Test
    void readsTheResultLineOfTheWrkScript() {
        String output = "Running 5s test @ http://127.0.0.1:1/get\n  2 threads and 16 connections\n"
                + "BENCH_RESULT {\"requests\":10000,\"duration_us\":5000000,\"p50_us\":800,\"p99_us\":4500,"
                + "\"mean_us\":900.5,\"connect\":0,\"read\":1,\"write\":0,\"status\":2,\"timeout\":0,\"graphql\":4}\n";

        assertThat(Wrk.parse(output)).isEqualTo(new Measurement(2000, 10000, 0.8, 4.5, 7));
    }

    @Test
    void failsWhenWrkPrintedNoResult() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("Connection refused");
    }

    @Test
    void readsPgbenchThroughputAndFailuresWithLoggedPercentiles() {
        String output = "number of transactions actually processed: 100\nnumber of failed transactions: 2 (2.000%)\n"
                + "tps = 19876.5 (without initial connection time)\n";
        long[] latencies = new long[100];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = (i + 1) * 10L;
        }

        assertThat(PgBench.measurement(output, latencies)).isEqualTo(new Measurement(19876.5, 100, 0.5, 0.99, 2));
    }

    @Test
    void pgbenchRunsTheFloorsStatements() {
        assertThat(FloorTable.pgbenchScript("get"))
                .isEqualTo("\\set n random(0, :seeds - 1)\n" + FloorTable.GET.replace("?", "'seed-' || :n") + ";\n");
        assertThat(FloorTable.pgbenchScript("insert")).startsWith(FloorTable.INSERT.substring(0, 40))
                .contains("gen_random_uuid()").doesNotContain("?");
        assertThat(FloorTable.pgbenchScript("list")).isEqualTo(FloorTable.LIST + ";\n");
    }
}
