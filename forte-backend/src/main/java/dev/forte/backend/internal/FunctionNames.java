package dev.forte.backend.internal;

/** Derives a function's default name from its handler class, as Amplify derives it from the entry file. */
public final class FunctionNames {
    private static final String HANDLER_SUFFIX = "Handler";

    private FunctionNames() {}

    /** Returns the handler's simple name in kebab case without a trailing {@code Handler}. */
    public static String fromHandler(Class<?> handler) {
        String simpleName = handler.getSimpleName();
        boolean hasSuffix = simpleName.endsWith(HANDLER_SUFFIX) && simpleName.length() > HANDLER_SUFFIX.length();
        String base = hasSuffix ? simpleName.substring(0, simpleName.length() - HANDLER_SUFFIX.length()) : simpleName;
        return Words.kebabCase(base);
    }
}
