export function pagePreloads(manifest: Record<string, { file: string; imports?: string[] }>, modules: string[], shell: string): string;
export function renderPages(options: {
  ssrDir: string;
  outDir: string;
  shell: string;
  pages: string[];
  documents: Map<string, string>;
  manifest: Record<string, { file: string; imports?: string[] }>;
}): Promise<number>;
