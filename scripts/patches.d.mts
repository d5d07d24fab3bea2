export const root: string;
export function patches(): { file: string; name: string; effects: unknown[] }[];
export function assertPatched(cwd?: string, only?: string[]): void;
export function packageCopy(name: string, options?: { original?: boolean }): { pkg: string; tmp: string };
