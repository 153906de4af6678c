/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Keycloak realm URL, e.g. http://localhost:8180/realms/stegvis */
  readonly VITE_OIDC_AUTHORITY?: string;
  /** OIDC client id of the SPA (public client, PKCE) */
  readonly VITE_OIDC_CLIENT_ID?: string;
  /** Mailbox for accessibility feedback */
  readonly VITE_ACCESSIBILITY_CONTACT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
