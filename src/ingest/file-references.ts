import type { NodeRef, RecordOrigin } from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import { formatPath } from "./facts-problem.js";
import type { ReferenceType } from "./graph-vocabulary.js";

/** The record being checked: where it came from, and how to report a problem at a path within it. */
export interface RecordContext {
  problem(path: ReadonlyArray<PropertyKey>, message: string): void;
  origin: RecordOrigin;
}

interface PendingReference {
  key: string;
  problem: FactsProblem;
}

/**
 * The nodes a facts file gives (`Type:id`, with the line giving each) and its references to them.
 * A node is given once; a reference to a node not given above is left to the writer (it may be in
 * the graph), unless the file gives it further down: then the file must be reordered, which only
 * its end shows (forwardReferences).
 */
export class FileReferences {
  readonly #file: string;
  readonly #defined = new Map<string, number>();
  readonly #pending: PendingReference[] = [];

  /** `file`: the name problems give. */
  constructor(file: string) {
    this.#file = file;
  }

  /** Records that the record gives node `key` (at `path`); false, reported, when the file already did. */
  define(key: string, { problem, origin }: RecordContext, path: ReadonlyArray<PropertyKey>): boolean {
    const earlier = this.#defined.get(key);
    if (earlier !== undefined) {
      problem(path, `${key} is already given on line ${earlier}`);
      return false;
    }
    this.#defined.set(key, origin.line);
    return true;
  }

  /** Parses `Type:id` (the schema has checked its form), named at `path` of the record. */
  reference(reference: string, { origin }: RecordContext, path: ReadonlyArray<PropertyKey>): NodeRef {
    const separator = reference.indexOf(":");
    const ref: NodeRef = {
      label: reference.slice(0, separator) as ReferenceType,
      id: reference.slice(separator + 1),
    };
    if (!this.#defined.has(reference)) {
      this.#pending.push({
        key: reference,
        problem: {
          file: this.#file,
          line: origin.lineOf(path),
          path: formatPath([...pathOf(origin), ...path]),
          message: "",
        },
      });
    }
    return ref;
  }

  /** Problems of references to nodes the file gives only further down; call once all is read. */
  forwardReferences(): FactsProblem[] {
    return this.#pending.flatMap(({ key, problem }) => {
      const line = this.#defined.get(key);
      return line === undefined
        ? []
        : [
            {
              ...problem,
              message: `${key} is given further down (line ${line}): give it above its first use`,
            },
          ];
    });
  }
}

function pathOf(origin: RecordOrigin): string[] {
  return [origin.path];
}
