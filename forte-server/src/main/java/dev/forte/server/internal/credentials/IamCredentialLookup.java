package dev.forte.server.internal.credentials;

import dev.forte.server.internal.auth.IamPrincipal;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.auth.sigv4.CredentialLookup;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds an access key among everything Forte issues: identity-pool keys (they begin with
 * {@link IdentityPoolStore#KEY_PREFIX}) in the identity pool's store, every other key in the functions' store.
 */
public final class IamCredentialLookup implements CredentialLookup<IamPrincipal> {
    private final FunctionCredentialStore functions;
    private final @Nullable IdentityPoolStore identityPool;

    /** @param identityPool the identity pool's store; null when the backend has no identity pool */
    public IamCredentialLookup(FunctionCredentialStore functions, @Nullable IdentityPoolStore identityPool) {
        this.functions = functions;
        this.identityPool = identityPool;
    }

    @Override
    public Optional<Credential<IamPrincipal>> find(String accessKeyId) {
        if (identityPool != null && accessKeyId.startsWith(IdentityPoolStore.KEY_PREFIX)) {
            Optional<Credential<IamPrincipal>> caller = identityPool.find(accessKeyId).map(IamCredentialLookup::widen);
            // A function key issued before function keys had a prefix of their own may still begin so.
            if (caller.isPresent()) {
                return caller;
            }
        }
        return functions.find(accessKeyId).map(IamCredentialLookup::widen);
    }

    private static Credential<IamPrincipal> widen(Credential<? extends IamPrincipal> credential) {
        return new Credential<>(credential.secretAccessKey(), credential.sessionToken(), credential.expiresAt(),
                credential.principal());
    }
}
