package dev.forte.data.internal;

/** One {@code field(name, type)} of a model or custom type. */
public record FieldDeclaration(String name, FieldShape shape) {}
