import { DOCUMENT_FORMAT } from '@/config/site-rules.js';

/** A file the build writes: its path under the site's root and its contents. */
export type Artifact = { path: string; contents: string };

/** What a step of the derivation yields: the documents it writes and the pages to prerender. */
export type Derived = { artifacts: Artifact[]; pages: string[]; carried?: string[] };

/**
 * Asks the publish to carry a document over from the live publish instead of deriving it again:
 * `inputs` is everything the document is made of, as texts. True when the live publish made that
 * document from the same inputs and its file is now in the new publish (scripts/publish.mjs); the
 * document is then neither derived nor written. Without it (tests, a first publish) all are derived.
 */
type CarryOver = (path: string, inputs: readonly string[]) => boolean;

/**
 * What a publish lends the derivation (scripts/publish.mjs); tests and the dev server lend nothing.
 * `write` takes each document as soon as it is made, and the derivation then keeps none: a big
 * archive's documents are never all in memory at once.
 */
export type PublishHooks = {
  /** A sanitized body's text (reading time, search): a publish keeps it with the body, by its hash. */
  textOf?: (html: string) => string;
  /** Carries unchanged article documents over from the live publish (see CarryOver). */
  carry?: CarryOver;
  write?: (artifact: Artifact) => void;
};

/** A step's documents handed to `write` (when given) instead of kept. */
export function written(derived: Derived, write: PublishHooks['write']): Derived {
  if (!write) return derived;
  for (const artifact of derived.artifacts) write(artifact);
  return { ...derived, artifacts: [] };
}

/** A data document as the client reads it: compact JSON, in the format this build writes. */
export function jsonDocument(path: string, value: object): Artifact {
  return { path, contents: JSON.stringify({ format: DOCUMENT_FORMAT, ...value }) };
}

/** The steps' documents and pages, in the order of the steps. */
export function combine(...steps: Derived[]): Derived {
  return {
    artifacts: steps.flatMap((step) => step.artifacts),
    pages: steps.flatMap((step) => step.pages),
    carried: steps.flatMap((step) => step.carried ?? []),
  };
}
