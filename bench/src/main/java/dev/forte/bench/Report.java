package dev.forte.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Markdown report of one run: how it was run, every row (failed ones included), start-up times and ratios.
 *
 * @param header lines about the run (date, command, mode, machine, load), each rendered as a list item
 */
record Report(List<String> header, List<Row> rows, List<Startup> startups, List<Check> checks) {

    String markdown() {
        StringBuilder out = new StringBuilder("## Forte benchmark results\n\n");
        header.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n| | scenario | what it measures | clients | req/s | p50 ms | p99 ms | errors | status |\n");
        out.append("|---|---|---|--:|--:|--:|--:|--:|---|\n");
        rows.forEach(row -> out.append(rowLine(row)));
        out.append("\n| start-up (process start → first answered request) | median ms | all runs, ms | status |\n");
        out.append("|---|--:|---|---|\n");
        startups.forEach(startup -> out.append(startupLine(startup)));
        out.append("\n| target or ratio (ratios: req/s ÷ req/s of the same run) | value | target | result |\n");
        out.append("|---|--:|--:|---|\n");
        Map<String, Row> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        checks.forEach(check -> out.append(checkLine(check, byKey)));
        return out.toString();
    }

    private static String rowLine(Row row) {
        Measurement m = row.measurement();
        String id = row.key().substring(0, row.key().indexOf('.'));
        String clients = row.clients() == 0 ? "" : Integer.toString(row.clients());
        if (m == null) {
            return cells(id, row.scenario(), row.what(), clients, "", "", "", "", row.status());
        }
        String perSecond = m.perSecond() == 0 ? "" : format("%,.0f", m.perSecond());
        return cells(id, row.scenario(), row.what(), clients, perSecond,
                millis(m.p50Millis()), millis(m.p99Millis()), Long.toString(m.errors()), row.status());
    }

    private static String startupLine(Startup startup) {
        Double median = startup.median();
        String all = startup.millis().stream().map(ms -> format("%.0f", ms)).collect(Collectors.joining(", "));
        String status = startup.failure() == null ? "ok" : "FAILED: " + startup.failure();
        return cells(startup.what(), median == null ? "" : format("%.0f", median), all, status);
    }

    private static String checkLine(Check check, Map<String, Row> rows) {
        String value = check.value(rows).map(check::format).orElse("");
        return cells(check.name(), value, check.target(), check.verdict(rows));
    }

    /** Two decimals, or four below 0.01 ms so that an in-process call does not print as zero. */
    private static String millis(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return format(value < 0.01 ? "%.4f" : "%.2f", value);
    }

    private static String cells(String... cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
