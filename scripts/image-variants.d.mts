/** Types for scripts/image-variants.mjs (a plain Node script the build runs). */
export const VARIANT_WIDTHS: number[];
export function makeImageVariants(outDir: string): Promise<Record<string, { type: 'image/avif' | 'image/webp'; srcset: string }[]>>;
