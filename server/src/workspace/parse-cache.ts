/**
 * Parsed documents by source, stamped with what they were parsed from (buffer
 * version, or disk mtime + size) and the settings that affect parsing, so no
 * file is parsed twice for the same content. Bounded (least recently used out).
 */
import type { OnusDocument } from '../index';

interface Entry {
  stamp: string;
  document: OnusDocument;
}

export class ParseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 2000) {}

  get(key: string, stamp: string): OnusDocument | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.document;
  }

  /** The document last parsed for `key`, whatever it was parsed from. */
  latest(key: string): OnusDocument | undefined {
    return this.entries.get(key)?.document;
  }

  set(key: string, stamp: string, document: OnusDocument): void {
    this.entries.delete(key);
    this.entries.set(key, { stamp, document });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
