package dev.forte.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Returns whether a one-minute load average says other work shares the cores (more than half of them busy). */
    static boolean busy(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]) > Runtime.getRuntime().availableProcessors() / 2.0;
        } catch (NumberFormatException e) {
            return false;
        }
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
