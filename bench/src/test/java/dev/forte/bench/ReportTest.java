package dev.forte.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final Measurement FLOOR = new Measurement(10_000, 50_000, 0.5, 2.0, 0);

    @Test
    void computesRatiosAgainstTheirTargets() {
        Row floor = Row.measured("B1.get", "get by id", "floor", 16, FLOOR);
        Row forte = Row.measured("F.get", "Forte getTodo", "forte", 16, new Measurement(7_000, 35_000, 1, 3, 0));
        Row slow = Row.measured("F.create", "Forte createTodo", "forte", 16, new Measurement(500, 2_500, 1, 3, 0));
        Row insert = Row.measured("B1.create", "insert", "floor", 16, FLOOR);
        String markdown = report(List.of(floor, forte, slow, insert), List.of(
                new Ratio("get", "F.get", "B1.get", 0.6, "issue 2"), new Ratio("create", "F.create", "B1.create", 0.65, "issue 2")));

        assertThat(markdown).contains("| get | 0.70 | ≥ 0.60 (issue 2) | met |", "| create | 0.05 | ≥ 0.65 (issue 2) | NOT MET |");
    }

    @Test
    void showsAFailedScenarioAndTheRatiosItLeavesWithoutValue() {
        Row floor = Row.measured("B1.get", "get by id", "floor", 16, FLOOR);
        Row failed = Row.failed("F.get", "Forte getTodo", "forte", 16, "no answer");
        String markdown = report(List.of(floor, failed), List.of(new Ratio("get", "F.get", "B1.get", 0.6, "issue 2")));

        assertThat(markdown).contains("| F | Forte getTodo | forte | 16 |  |  |  |  | FAILED: no answer |",
                "| get |  | ≥ 0.60 (issue 2) | NOT MET: no value (F.get failed or was not measured) |");
    }

    @Test
    void reportsErrorsBesideTheFigures() {
        Row row = Row.measured("B0.fixed", "fixed JSON", "stack", 16, new Measurement(1234.5, 6000, 0.25, 1.5, 3));

        assertThat(report(List.of(row), List.of()))
                .contains("| B0 | fixed JSON | stack | 16 | 1,235 | 0.25 | 1.50 | 3 | ok, with errors |");
    }

    @Test
    void aRunWithMoreThanOnePercentErrorsFailsAndGivesNoRatio() {
        Row floor = Row.measured("B1.get", "get by id", "floor", 16, FLOOR);
        Row erring = Row.measured("F.get", "Forte getTodo", "forte", 16, new Measurement(9_000, 1_000, 1, 2, 20));
        String markdown = report(List.of(floor, erring), List.of(new Ratio("get", "F.get", "B1.get", 0.6, "issue 2")));

        assertThat(markdown).contains("| 20 | FAILED: 2.0 % of the requests failed |",
                "| get |  | ≥ 0.60 (issue 2) | NOT MET: no value (F.get failed or was not measured) |");
    }

    @Test
    void holdsLatencyPercentilesAgainstTheirLimits() {
        Row warm = Row.measured("F.invoke", "warm invoke", "host", 1, new Measurement(4_000, 20_000, 0.23, 12.5, 0));
        String markdown = report(List.of(warm), List.of(new Limit("p50", "F.invoke", 50, 2, "issue 3"),
                new Limit("p99", "F.invoke", 99, 10, "issue 3"), new Limit("fan-out", "F.fanout", 50, 10, "issue 7")));

        assertThat(markdown).contains("| p50 | 0.23 ms | ≤ 2 ms (issue 3) | met |",
                "| p99 | 12.5 ms | ≤ 10 ms (issue 3) | NOT MET |",
                "| fan-out |  | ≤ 10 ms (issue 7) | NOT MET: no value (F.fanout failed or was not measured) |");
    }

    @Test
    void printsNoRateForARowMeasuredOnlyForLatency() {
        Row cold = Row.measured("F.cold", "cold start", "host", 1, new Measurement(0, 3, 240.5, 251.25, 0));

        assertThat(report(List.of(cold), List.of())).contains("| F | cold start | host | 1 |  | 240.50 | 251.25 | 0 | ok |");
    }

    @Test
    void startupShowsTheMedianOfAllRuns() {
        Startup startup = new Startup("sandbox", List.of(900.0, 700.0, 800.0), null);
        String markdown = new Report(List.of(), List.of(), List.of(startup), List.of()).markdown();

        assertThat(markdown).contains("| sandbox | 800 | 900, 700, 800 | ok |");
    }

    private static String report(List<Row> rows, List<Check> checks) {
        return new Report(List.of("Date: today"), rows, List.of(), checks).markdown();
    }
}
