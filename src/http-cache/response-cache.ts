import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * Answers kept in the process by cache key (graph-validator.ts: it holds the graph's write version,
 * so an answer is never served after a write and old versions' answers age out unread), at most
 * `maxBytes` of serialised JSON, least recently used dropped first (lru-cache: a bounded, well-kept
 * LRU). An answer bigger than a tenth of the cache is not kept: one must not evict a hundred.
 */
export class ResponseCache {
  readonly #answers: LRUCache<string, FormattedExecutionResult>;

  constructor(maxBytes: number) {
    this.#answers = new LRUCache({ maxSize: maxBytes, maxEntrySize: Math.max(1, Math.floor(maxBytes / 10)) });
  }

  get(key: string): FormattedExecutionResult | undefined {
    return this.#answers.get(key);
  }

  set(key: string, answer: FormattedExecutionResult): void {
    this.#answers.set(key, answer, { size: Buffer.byteLength(JSON.stringify(answer)) + key.length });
  }
}
