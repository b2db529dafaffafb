package dev.forte.server.internal.storage;

import java.util.Map;

/**
 * An item as a committed write left it, with the write's place in the change order: of two writes of the same item,
 * the one that committed later has the greater {@code sequence} (the database's {@code forte_change_sequence}, drawn
 * after the row lock was taken, so after any earlier writer of the row committed).
 */
public record WrittenItem(Map<String, Object> item, long sequence) {}
