// Auth.js names the session cookie by the site's protocol (`__Secure-` over https) and uses the name as
// the key-derivation salt, so a token is only valid under the name it was issued with. `__Secure-`
// cookies can only be set over https, so readers prefer it when both are present.
export const SESSION_COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
