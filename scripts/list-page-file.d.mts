export function listPageFile(pathname: string, search: string): string | null;
