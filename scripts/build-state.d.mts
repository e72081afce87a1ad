// Types of build-state.mjs (plain JavaScript, so bin/readout can use it before anything is built).
export declare const ROOT: string;
export declare const DIST: string;
export declare const STAMP: string;
export declare const BUILT_CLI: string;
export declare function sourceFiles(dir?: string, out?: string[]): string[];
export declare function stampFor(startedAt: number, files?: string[]): { startedAt: number; files: string };
export declare function buildIsCurrent(): boolean;
