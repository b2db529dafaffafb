package dev.forte.codegen.internal.android;

import java.util.List;

/** An enum: its name and its values, one per distinct CONSTANT_CASE spelling. */
record EnumShape(String name, List<String> values) {
    EnumShape {
        values = List.copyOf(values);
    }
}
