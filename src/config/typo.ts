/**
 * Where readers' typo reports are POSTed. A newsroom points the app at its own receiver at build time
 * with VITE_TYPO_ENDPOINT (a same-site path, or an https URL that allows the site's origin by CORS);
 * the default is the receiver that `npm start`, `npm run dev` and server/typo-receiver.mjs serve.
 */
export const TYPO_ENDPOINT = import.meta.env.VITE_TYPO_ENDPOINT || '/api/typo';
