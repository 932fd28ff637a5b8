/// <reference types="vite/client" />

/** Build-time settings (documented in the README). */
interface ImportMetaEnv {
  /** Where the derived documents are served from; default: this site. */
  readonly VITE_DATA_BASE_URL?: string;
  /** Where typo reports are POSTed; default `/api/typo` (see src/features/typo/typo-report.ts). */
  readonly VITE_TYPO_ENDPOINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
