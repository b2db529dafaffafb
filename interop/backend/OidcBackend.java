import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import java.util.List;

/**
 * The interop suite's backend for an OpenID Connect provider, its only authorization mode: a {@code Note} that its
 * owner (the token's {@code sub}) and the members of {@code Admin} (the token's {@code groups} claim) may use. The
 * provider is started by the suite on a free port, so its issuer URL comes from {@value #ISSUER_VARIABLE}.
 */
public class OidcBackend implements BackendDefinition {
    static final String ISSUER_VARIABLE = "FORTE_INTEROP_OIDC_ISSUER";
    static final String CLIENT_ID = "forte-interop";

    @Override
    public Backend define() {
        var schema = a.schema(model("Note", a.model(field("text", a.string().required()))
                .authorization(allow -> List.of(
                        allow.owner(AuthProvider.OIDC).identityClaim("sub"),
                        allow.groups(List.of("Admin"), AuthProvider.OIDC).withClaimIn("groups")))));
        var provider = OidcAuthorizationMode.builder("Interop", issuer()).clientId(CLIENT_ID).build();
        return Backend.of(defineData(DataProps.builder(schema).oidcAuthorizationMode(provider).build()));
    }

    private static String issuer() {
        String issuer = System.getenv(ISSUER_VARIABLE);
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException(ISSUER_VARIABLE + " is not set. Start this backend through the interop"
                    + " suite (`npm --prefix interop test`), which starts an OpenID provider and passes its issuer URL,"
                    + " or set it to your provider's issuer, e.g. http://127.0.0.1:8080/realms/interop.");
        }
        return issuer;
    }
}
