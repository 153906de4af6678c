package se.stegvis.common.security;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The contract a deployment serves ({@code /q/openapi}, and the Swagger UI's "Authorize") names that
 * deployment's Keycloak, not the development one {@code openapi.yaml} is written with: a partner
 * who generates a client from the served contract gets token URLs that work. The realm is the one the
 * backend verifies tokens against ({@code quarkus.oidc.auth-server-url}, {@code OIDC_URL}), which
 * in a deployment is Keycloak's public address, since a token's issuer must match it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ServedContractTokenUrls implements OASFilter {

    static final String SCHEME = "oauth2";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String realm = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class).orElse(null);
        if (realm == null || openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme oauth2 = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        if (oauth2 == null || oauth2.getFlows() == null) {
            return;
        }
        String endpoints = realm.replaceAll("/+$", "") + "/protocol/openid-connect/";
        for (OAuthFlow flow : new OAuthFlow[] { oauth2.getFlows().getClientCredentials(), oauth2.getFlows().getAuthorizationCode(),
                oauth2.getFlows().getImplicit(), oauth2.getFlows().getPassword() }) {
            if (flow == null) {
                continue;
            }
            if (flow.getTokenUrl() != null) {
                flow.setTokenUrl(endpoints + "token");
            }
            if (flow.getAuthorizationUrl() != null) {
                flow.setAuthorizationUrl(endpoints + "auth");
            }
            if (flow.getRefreshUrl() != null) {
                flow.setRefreshUrl(endpoints + "token");
            }
        }
    }
}
