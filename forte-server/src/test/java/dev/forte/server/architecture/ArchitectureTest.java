package dev.forte.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server's layers: HTTP on top of auth and execution, execution on top of storage, storage on its own. */
class ArchitectureTest {
    private static final String SERVER = "dev.forte.server.internal.";

    private static final JavaClasses SERVER_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.forte.server");

    @Test
    void storageKnowsNothingOfGraphqlHttpOrAuth() {
        noClasses().that().resideInAPackage(SERVER + "storage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "graphql..", "org.eclipse.jetty..", SERVER + "execution..", SERVER + "http..", SERVER + "auth..")
                .check(SERVER_CLASSES);
    }

    @Test
    void executionDoesNotDependOnTheHttpServer() {
        noClasses().that().resideInAPackage(SERVER + "execution..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", SERVER + "http..")
                .check(SERVER_CLASSES);
    }

    @Test
    void executionAndStorageKnowNothingOfRealtimeDeliveryOrTls() {
        noClasses().that().resideInAnyPackage(SERVER + "execution..", SERVER + "storage..", SERVER + "events..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVER + "realtime..", SERVER + "tls..")
                .check(SERVER_CLASSES);
    }

    @Test
    void theChangeFeedSeamDependsOnNoLayerItJoins() {
        noClasses().that().resideInAPackage(SERVER + "events..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVER + "storage..", SERVER + "execution..",
                        SERVER + "http..", SERVER + "auth..", "java.sql..", "graphql..")
                .check(SERVER_CLASSES);
    }

    @Test
    void realtimeDeliveryReachesStorageOnlyThroughTheChangeFeed() {
        noClasses().that().resideInAPackage(SERVER + "realtime..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVER + "storage..", "java.sql..")
                .check(SERVER_CLASSES);
    }

    @Test
    void authDependsOnNeitherStorageNorExecutionNorHttp() {
        noClasses().that().resideInAPackage(SERVER + "auth..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.eclipse.jetty..", SERVER + "storage..", SERVER + "execution..", SERVER + "http..")
                .check(SERVER_CLASSES);
    }

    @Test
    void scalarsAreSelfContained() {
        noClasses().that().resideInAPackage(SERVER + "scalars..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVER + "storage..", SERVER + "execution..", SERVER + "http..", SERVER + "auth..")
                .check(SERVER_CLASSES);
    }

    @Test
    void thePublicPackageExposesNoJettyOrJdbcTypes() {
        noClasses().that().resideInAPackage("dev.forte.server")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "java.sql..", "graphql..")
                .check(SERVER_CLASSES);
    }
}
