/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FEED_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

interface ImportMetaEnv {
  readonly VITE_SITE_URL?: string;
}

interface ImportMetaEnv {
  readonly VITE_DATA_BASE_URL?: string;
}

interface ImportMetaEnv {
  /** Where typo reports are POSTed; default `/api/typo` (see src/config/typo.ts). */
  readonly VITE_TYPO_ENDPOINT?: string;
}
