export function findKeyCollisions(prefix: string, pairs: number): [string, string][];
