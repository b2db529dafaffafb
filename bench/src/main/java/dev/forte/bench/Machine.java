package dev.forte.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the report says about the machine, read from {@code /proc}. */
final class Machine {
    private Machine() {}

    static String describe() {
        String cpu = firstValue("/proc/cpuinfo", "model name").orElse("unknown CPU");
        String memory = firstValue("/proc/meminfo", "MemTotal")
                .map(kb -> Math.round(Long.parseLong(kb.replace("kB", "").strip()) / 1048576.0) + " GiB")
                .orElse("unknown memory");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** Returns the 1-, 5- and 15-minute load averages. */
    static String loadAverage() {
        try {
            List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return String.join(" ", fields.subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Returns the share of CPU time (all cores) spent outside idle and I/O wait during {@code sample}, in percent, from
     * {@code /proc/stat}; -1 when it cannot be read. A load average lags by minutes, this does not.
     */
    static double cpuBusyPercent(Duration sample) {
        try {
            long[] before = cpuTimes();
            Thread.sleep(sample.toMillis());
            long[] after = cpuTimes();
            long total = 0;
            for (int i = 0; i < after.length; i++) {
                total += after[i] - before[i];
            }
            long idle = (after[3] - before[3]) + (after[4] - before[4]);
            return total == 0 ? -1 : 100.0 * (total - idle) / total;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Returns the aggregate {@code cpu} line of /proc/stat: user nice system idle iowait irq softirq steal. */
    private static long[] cpuTimes() throws IOException {
        String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
        String[] fields = line.trim().split("\\s+");
        long[] times = new long[8];
        for (int i = 0; i < times.length; i++) {
            times[i] = Long.parseLong(fields[i + 1]);
        }
        return times;
    }

    private static java.util.Optional<String> firstValue(String file, String name) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
