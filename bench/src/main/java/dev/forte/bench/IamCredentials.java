package dev.forte.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Temporary credentials Forte issued to a granted function, passed from {@link ForteMain} to the harness in a file
 * only its owner can read (they never reach a log).
 */
record IamCredentials(String accessKeyId, String secretAccessKey, String sessionToken, String region) {
    static final String FILE_NAME = "bench-iam.properties";

    @Override
    public String toString() {
        return "IamCredentials[accessKeyId=" + accessKeyId + ", region=" + region + "]";
    }

    void write(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties properties = new Properties();
        properties.setProperty("accessKeyId", accessKeyId);
        properties.setProperty("secretAccessKey", secretAccessKey);
        properties.setProperty("sessionToken", sessionToken);
        properties.setProperty("region", region);
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "issued by Forte for the bench's SigV4 scenario");
        }
    }

    static IamCredentials read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new BenchFailure("Cannot read the function credentials ForteMain writes (" + file + "): " + e, e);
        }
        return new IamCredentials(properties.getProperty("accessKeyId"), properties.getProperty("secretAccessKey"),
                properties.getProperty("sessionToken"), properties.getProperty("region"));
    }
}
