package dev.forte.cli.internal;

import dev.forte.ForteException;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds a project's {@link BackendDefinition} and calls it: from one source file compiled in memory, or from a
 * Maven project's compiled classes (through {@code META-INF/services}, else by scanning {@code target/classes}).
 */
public final class BackendLoader {
    static final String SERVICE_FILE = "META-INF/services/" + BackendDefinition.class.getName();

    private final ClassLoader parent;

    /** Returns a loader whose backends share the {@code dev.forte} API classes with {@code parent}. */
    public BackendLoader(ClassLoader parent) {
        this.parent = parent;
    }

    /**
     * A backend definition found in a project, not yet called.
     *
     * @param classpath the class directories and jars the backend was loaded from, which its functions' workers get
     */
    public record FoundBackend(Class<?> type, BackendDefinition definition, List<Path> classpath) {
        public FoundBackend {
            classpath = List.copyOf(classpath);
        }

        /** Calls {@link BackendDefinition#define()}; failures become a {@link ForteException} with a plain message. */
        public Backend define() {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(type.getClassLoader());
            try {
                Backend backend = definition.define();
                if (backend == null) {
                    throw new CliException(type.getName() + ".define() returned null. Return the backend, e.g. "
                            + "Backend.of(defineData(...)).");
                }
                return backend;
            } catch (ForteException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new CliException(type.getName() + ".define() failed: " + describe(e, type), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Compiles {@code file} (shown as {@code display}) and returns the one backend it declares. */
    public FoundBackend fromSourceFile(Path file, String display) {
        if (!display.endsWith(".java")) {
            throw new CliException("--backend-file " + display + " is not a Java source file: give a FILE.java "
                    + "holding a class that implements " + BackendDefinition.class.getName() + '.');
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException("--backend-file " + display + " does not exist. Check the path (relative paths "
                    + "start at the current directory).");
        }
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(file, display, parent);
        // Handlers declared in the file itself run in workers too, which load them from the written classes.
        List<Path> classpath = new ArrayList<>(List.of(compiled.classesDirectory()));
        classpath.addAll(InMemoryCompiler.classpathEntries());
        return single(scan(compiled.loader(), compiled.classNames()), display, classpath);
    }

    /**
     * Returns the backend of the Maven project in {@code directory}. An aggregator's built modules are read as they
     * are; any other project is first compiled with Maven.
     */
    public FoundBackend fromProject(Path directory) {
        return fromProject(directory, false);
    }

    /**
     * Returns the backend of the Maven project in {@code directory}, as {@link #fromProject(Path)} does, compiling an
     * aggregator's modules first when {@code compileAggregator} (a reload after its sources changed).
     */
    public FoundBackend fromProject(Path directory, boolean compileAggregator) {
        MavenProject project = MavenProject.read(directory, "--project");
        if (project.isAggregator()) {
            if (compileAggregator) {
                project.compile();
            }
            List<Path> classDirectories = project.builtModuleClassDirectories();
            if (classDirectories.isEmpty()) {
                throw new CliException("No module of " + directory + " has been compiled (no <module>/target/classes). "
                        + "Run `mvn -q install -DskipTests` there first, or give --project the module that holds "
                        + "your backend.");
            }
            FoundBackend found = fromClassDirectories(classDirectories, List.of(), "the built modules of " + directory
                    + " (" + relativeTo(directory, classDirectories) + ')');
            // The modules' dependencies come from the CLI's own classpath, so their functions' workers need it too.
            List<Path> classpath = new ArrayList<>(found.classpath());
            classpath.addAll(InMemoryCompiler.classpathEntries());
            return new FoundBackend(found.type(), found.definition(), classpath);
        }
        List<Path> classpath = project.compileAndResolveClasspath();
        return fromClassDirectories(List.of(project.classesDirectory()), classpath, directory.toString());
    }

    /**
     * Returns the backend of the Maven project in {@code directory} as it was built, compiling nothing: an
     * aggregator's built modules, or the project's {@code target/classes} with the runtime classpath Maven resolves.
     * A project that was not built is an error saying what to run.
     */
    public FoundBackend fromBuiltProject(Path directory) {
        MavenProject project = MavenProject.read(directory, "--project");
        if (project.isAggregator()) {
            return fromProject(directory, false);
        }
        if (ProjectClassLoader.classNames(List.of(project.classesDirectory())).isEmpty()) {
            throw new CliException("The project " + directory + " has not been built (no classes in "
                    + project.classesDirectory() + "). Run `mvn -q package` there first: forte serve runs the built "
                    + "classes and never compiles.");
        }
        return fromClassDirectories(List.of(project.classesDirectory()), project.resolveClasspath(),
                directory.toString());
    }

    /** Returns the one backend in {@code classDirectories}, loaded with {@code classpath} beside them. */
    FoundBackend fromClassDirectories(List<Path> classDirectories, List<Path> classpath, String where) {
        List<Path> roots = new ArrayList<>(classDirectories);
        roots.addAll(classpath);
        ClassLoader loader = ProjectClassLoader.over(roots, parent);
        List<Class<?>> registered = registered(loader);
        if (registered.size() > 1) {
            throw new CliException(SERVICE_FILE + " in " + where + " lists " + registered.size() + " backends: "
                    + names(registered) + ". Keep only the one to run.");
        }
        if (registered.size() == 1) {
            return instantiate(registered.get(0), roots);
        }
        return single(scan(loader, ProjectClassLoader.classNames(classDirectories)), where, roots);
    }

    private List<Class<?>> registered(ClassLoader loader) {
        try {
            return ServiceLoader.load(BackendDefinition.class, loader).stream()
                    .<Class<?>>map(ServiceLoader.Provider::type)
                    .filter(type -> type.getClassLoader() == loader)
                    .toList();
        } catch (ServiceConfigurationError e) {
            throw new CliException(SERVICE_FILE + ": " + e.getMessage() + ". Fix the class name listed there.");
        }
    }

    private Scan scan(ClassLoader loader, Collection<String> classNames) {
        Scan scan = new Scan(new ArrayList<>(), new ArrayList<>());
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (isBackendDefinition(type, loader)) {
                    scan.found().add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                scan.unloadable().add(name + " (" + e + ')');
            }
        }
        return scan;
    }

    private record Scan(List<Class<?>> found, List<String> unloadable) {}

    private static boolean isBackendDefinition(Class<?> type, ClassLoader loader) {
        return type.getClassLoader() == loader
                && BackendDefinition.class.isAssignableFrom(type)
                && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())
                && !type.isAnonymousClass()
                && !type.isSynthetic();
    }

    private FoundBackend single(Scan scan, String where, List<Path> classpath) {
        if (scan.found().size() == 1) {
            return instantiate(scan.found().get(0), classpath);
        }
        if (scan.found().size() > 1) {
            throw new CliException("Found " + scan.found().size() + " classes implementing "
                    + BackendDefinition.class.getName() + " in " + where + ": " + names(scan.found())
                    + ". Keep one, or name the one to run in " + SERVICE_FILE + '.');
        }
        String unloadable = scan.unloadable().isEmpty() ? ""
                : " These classes could not be loaded: " + String.join(", ", scan.unloadable()) + '.';
        throw new CliException("No class implementing " + BackendDefinition.class.getName() + " in " + where + '.'
                + unloadable + " Add one with a no-argument constructor (see examples/todo), or choose another "
                + "backend with --project DIR or --backend-file FILE.java.");
    }

    private static FoundBackend instantiate(Class<?> type, List<Path> classpath) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return new FoundBackend(type, (BackendDefinition) constructor.newInstance(), classpath);
        } catch (NoSuchMethodException e) {
            throw new CliException("Backend " + type.getName() + " has no no-argument constructor. Add one"
                    + (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? " and make the class static" : "")
                    + ": Forte creates the backend with `new " + type.getSimpleName() + "()`.");
        } catch (InvocationTargetException e) {
            throw new CliException("Creating backend " + type.getName() + " failed: " + describe(e.getCause(), type), e);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new CliException("Could not create backend " + type.getName() + ": " + describe(e, type), e);
        }
    }

    /** Describes a failure in one line: its type, message and where in the backend it happened. */
    static String describe(Throwable failure, Class<?> backend) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return failure.getClass().getName() + message + location(failure, backend);
    }

    private static String location(Throwable failure, Class<?> backend) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            boolean inBackend = frame.getClassName().equals(backend.getName())
                    || frame.getClassName().startsWith(backend.getName() + '$');
            if (inBackend && frame.getFileName() != null) {
                return " (at " + frame.getFileName() + ':' + frame.getLineNumber() + ')';
            }
        }
        return "";
    }

    private static String relativeTo(Path base, List<Path> paths) {
        return paths.stream().map(path -> base.relativize(path).toString()).collect(Collectors.joining(", "));
    }

    private static String names(List<Class<?>> types) {
        return types.stream().map(Class::getName).sorted().collect(Collectors.joining(", "));
    }
}
