package dev.forte.server.internal.execution;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A {@code matches} rule: AppSync's {@code $util.matches(pattern, value)} is Java's {@link Pattern} matching the
 * whole value. The pattern comes from the schema, whose authors are trusted, but a pattern that backtracks
 * catastrophically on some input would hold a request thread for as long as it runs; so the matcher reads the value
 * through a budget of character reads, and a value that exhausts it is refused as not matching (nothing is
 * written). The budget is far beyond what a sensible pattern needs on a value of any size a request carries.
 */
final class BoundedMatch implements Predicate<Object> {
    static final long READ_BUDGET = 5_000_000L;

    private final Pattern pattern;

    private BoundedMatch(Pattern pattern) {
        this.pattern = pattern;
    }

    static BoundedMatch of(Pattern pattern) {
        return new BoundedMatch(pattern);
    }

    @Override
    public boolean test(Object value) {
        try {
            return pattern.matcher(new CountedChars(value.toString(), new long[] {READ_BUDGET})).matches();
        } catch (BudgetExhausted e) {
            return false;
        }
    }

    /** The value, counting each character the matcher reads against a budget shared with its sub-sequences. */
    private record CountedChars(String text, long[] budget) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetExhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedChars(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super(null, null, false, false);
        }
    }
}
