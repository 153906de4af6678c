/**
 * Runtime configuration, read once from Vite's build-time env (VITE_*).
 * Everything has a default that matches the local dev setup.
 */
export const env = {
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/stegvis',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID || 'stegvis-spa',
  apiBaseUrl: '/api/v1',
  accessibilityContact: import.meta.env.VITE_ACCESSIBILITY_CONTACT || 'tillganglighet@stegvis.se',
} as const;
