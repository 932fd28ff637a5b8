export function headScript(): string;
export function headScriptHash(): string;
