export const PATCHES: { file: RegExp; name: string; find: string; replace: string }[];
export function patchSource(path: string, source: string): string;
export function patchedFiles(): RegExp[];
export function inkPatches(): { name: string; setup(build: unknown): void };
