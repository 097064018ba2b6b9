/** The workspace library: analysis units (module / template), buffers over disk, file collection. */
export { AnalysisWorkspace, type Analysis, type OpenText } from './workspace';
export { collectFiles, moduleFiles, skippedDirectories, type Collected } from './collect';
export type { DirEntry, FileStat, FileSystem } from './files';
export { nodeFileSystem } from './node-fs';
export { CachedFileSystem } from './cached-fs';
export { pathOfUri, uriOfPath } from './locate';
export { ruleDocsUrl, ruleDocsBase } from './rule-docs';
export { WorkspaceIndexer, type FileSummary, type IndexHooks, type IndexResult } from './indexer';
