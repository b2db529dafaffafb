/** What the function scenarios run inside a worker JVM: the no-op handler. */
@NullMarked
package dev.forte.bench.functions;

import org.jspecify.annotations.NullMarked;
