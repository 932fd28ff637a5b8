export function pagePreloads(manifest: Record<string, { file: string; imports?: string[] }>, modules: string[], shell: string): string;
export type RenderedFile = { page: string; file: string; reads: string[]; status: number };
export function renderPages(options: {
  ssrDir: string;
  outDir: string;
  documentsDir: string;
  shell: string;
  pages: string[];
  gone?: string[];
  manifest: Record<string, { file: string; imports?: string[] }>;
}): Promise<RenderedFile[]>;
