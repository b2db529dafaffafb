package dev.forte.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the interop suite ({@code test/run.js} beside this module's POM, node's test runner) with the Forte CLI this
 * build produced, after {@code npm ci} when its dependencies are missing or stale; passes when every test of the
 * suite passed and at least one ran.
 */
class AmplifyClientInteropTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Pattern PASSED = Pattern.compile("^# pass (\\d+)$", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^# fail (\\d+)$", Pattern.MULTILINE);

    @Test
    void amplifysOfficialClientPassesTheInteropSuiteAgainstForte() throws Exception {
        installNodeDependencies();

        Run suite = run(List.of("node", "test/run.js"), 15);

        System.out.println(summary(suite.output()));
        assertThat(suite.status()).as("node test/run.js exited with %d; it printed:%n%s", suite.status(),
                suite.output()).isZero();
        assertThat(count(PASSED, suite.output())).as(suite.output()).isPositive();
        assertThat(count(FAILED, suite.output())).as(suite.output()).isZero();
    }

    private static void installNodeDependencies() throws Exception {
        Path installed = MODULE.resolve("node_modules/.package-lock.json");
        Path lock = MODULE.resolve("package-lock.json");
        if (Files.exists(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 10);
        assertThat(install.status()).as("npm ci in %s failed; it printed:%n%s", MODULE, install.output()).isZero();
    }

    private static Run run(List<String> command, int timeoutMinutes) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true);
        builder.environment().put("FORTE_COMMAND", forteCommand());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run `" + command.get(0) + "`: the interop suite needs Node.js 20 or newer "
                    + "and npm on the PATH (Debian: apt-get install nodejs npm).", e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutMinutes
                    + " minutes; it printed:\n" + output.get(1, TimeUnit.MINUTES));
        }
        return new Run(process.exitValue(), output.get(1, TimeUnit.MINUTES));
    }

    private record Run(int status, String output) {}

    /** The java command that runs this build's Forte CLI, as the JSON array the suite reads from FORTE_COMMAND. */
    private static String forteCommand() throws IOException {
        String classpath = Files.readString(MODULE.resolve("target/forte-classpath.txt")).trim();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ObjectMapper().writeValueAsString(List.of(java, "-cp", classpath, "dev.forte.cli.Main"));
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        int total = 0;
        while (matcher.find()) {
            total += Integer.parseInt(matcher.group(1));
        }
        return total;
    }

    private static String summary(String output) {
        return "Interop suite:\n" + String.join("\n", output.lines()
                .filter(line -> line.startsWith("# ") && !line.startsWith("# Subtest") || line.startsWith("interop: "))
                .toList());
    }
}
