package dev.forte.codegen.internal.outputs;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The identity pool's keys of {@code amplify_outputs.json}'s {@code auth} section: {@code aws_region},
 * {@code identity_pool_id} and {@code unauthenticated_identities_enabled}, added to a section another writer may
 * have started (the user pool's keys live beside them).
 */
public final class IdentityPoolSection {
    private IdentityPoolSection() {}

    /** Adds the identity pool {@code identityPoolId} in {@code region} to {@code root}'s {@code auth} section. */
    public static void addTo(ObjectNode root, String region, String identityPoolId, boolean guestAccess) {
        ObjectNode auth = root.has("auth") ? (ObjectNode) root.get("auth") : root.putObject("auth");
        if (!auth.has("aws_region")) {
            auth.put("aws_region", region);
        }
        auth.put("identity_pool_id", identityPoolId);
        auth.put("unauthenticated_identities_enabled", guestAccess);
    }
}
