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
