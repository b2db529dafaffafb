package dev.forte.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generated files (relative path to content) and the directory they belong in: written with {@link #write()},
 * compared with what is there with {@link #staleFiles()} for {@code --check}.
 */
public final class GeneratedFileSet {
    private final Path directory;
    private final Map<String, String> files;

    public GeneratedFileSet(Path directory, Map<String, String> files) {
        this.directory = directory;
        this.files = new TreeMap<>(files);
    }

    /** Writes every file, creating directories; returns the paths written. */
    public List<Path> write() {
        List<Path> written = new ArrayList<>();
        files.forEach((name, content) -> {
            Path file = directory.resolve(name);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("--out " + directory + ": " + file + " could not be written (" + e
                        + "). Give a writable directory.");
            }
            written.add(file);
        });
        return written;
    }

    /** Returns one line per file that is missing or differs from what would be written, e.g. {@code queries.ts differs}. */
    public List<String> staleFiles() {
        List<String> stale = new ArrayList<>();
        files.forEach((name, content) -> {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                stale.add(name + " is missing");
            } else if (!content.equals(read(file))) {
                stale.add(name + " differs");
            }
        });
        return stale;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(file + " could not be read (" + e + "). Check its permissions.");
        }
    }
}
