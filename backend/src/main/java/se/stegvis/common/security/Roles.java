package se.stegvis.common.security;

/** The realm roles of the Stegvis Keycloak realm, as they appear in tokens and in the contract. */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String PROJECT_MANAGER = "project-manager";
    public static final String PARTNER_CASEWORKER = "partner-caseworker";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
