package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LateralBatchTest {
    private static final String SELECT = "SELECT * FROM \"Post\" WHERE \"blogId\" = CAST(? AS text) AND title <> '?'"
            + " ORDER BY id LIMIT ?";

    @Test
    void joinsTheValuesThatDifferAndKeepsTheSharedOnesAsParameters() {
        SqlFragment batch = LateralBatch.of(List.of(new SqlFragment(SELECT, List.of("b1", 6)),
                new SqlFragment(SELECT, List.of("b2", 6))), "forte_branch", "id").orElseThrow();

        assertThat(batch.sql()).isEqualTo("SELECT k.forte_branch, r.* FROM (VALUES (0, ?), (1, ?)) AS"
                + " k(forte_branch, forte_value_0) CROSS JOIN LATERAL (SELECT * FROM \"Post\" WHERE \"blogId\" ="
                + " CAST(k.forte_value_0 AS text) AND title <> '?' ORDER BY id LIMIT ?) AS r ORDER BY k.forte_branch,"
                + " id");
        assertThat(batch.params()).containsExactly("b1", "b2", 6);
    }

    @Test
    void leavesSelectsOfDifferentShapesToAUnion() {
        assertThat(LateralBatch.of(List.of(new SqlFragment(SELECT, List.of("b1", 6)),
                new SqlFragment(SELECT + " OFFSET 1", List.of("b2", 6))), "forte_branch", "id")).isEmpty();
    }
}
