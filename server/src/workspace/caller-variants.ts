/**
 * A child module with several callers is analysed once per caller; rules see
 * each resource as it is under every caller (one variant per caller and
 * instance), so a finding holds when some caller's inputs make it true, and
 * identical findings are reported once.
 */
import type { OnusDocument } from '../index';
import type { Resource } from '../model/types';

const key = (r: Resource): string => `${r.type}.${r.name}`;

/** The documents of the first run, each resource carrying the variants of every run (resources that exist only under some callers included). */
export function mergeCallerRuns(runs: readonly (readonly OnusDocument[])[]): OnusDocument[] {
  const [first] = runs;
  return first.map((document, i) => {
    const byKey = new Map<string, Resource[]>();
    for (const run of runs) {
      for (const resource of run[i]?.resources ?? []) byKey.set(key(resource), [...(byKey.get(key(resource)) ?? []), resource]);
    }
    // A resource that reads the same inputs under several callers is one object (model/terraform.ts siblingReuse): checked once.
    const resources = [...byKey.values()].map((versions) => ({ ...versions[0], variants: [...new Set(versions.flatMap((r) => r.variants ?? [r]))] }));
    return { ...document, resources };
  });
}

/** Memoised per unit (the most recent `capacity` units): the merge is rebuilt only when some run's documents changed (so findings stay cached). */
export class CallerRunsCache {
  private readonly merged = new Map<string, { runs: (readonly OnusDocument[])[]; documents: OnusDocument[] }>();

  constructor(private readonly capacity = 4) {}

  merge(unitKey: string, runs: (readonly OnusDocument[])[]): OnusDocument[] {
    const previous = this.merged.get(unitKey);
    if (previous && previous.runs.length === runs.length && previous.runs.every((run, r) => run.length === runs[r].length && run.every((d, i) => d === runs[r][i]))) {
      return previous.documents;
    }
    const documents = mergeCallerRuns(runs);
    this.merged.delete(unitKey);
    this.merged.set(unitKey, { runs, documents });
    while (this.merged.size > this.capacity) {
      const oldest = this.merged.keys().next().value;
      if (oldest === undefined) break;
      this.merged.delete(oldest);
    }
    return documents;
  }
}
