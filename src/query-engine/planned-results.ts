/**
 * What a planned root statement already read for the fields below it, per parent object and
 * response key (alias or name). A field resolver asks here first and loads only when nothing was
 * planned for it. Per request, held weakly by the parent objects it describes.
 */
export class PlannedResults {
  readonly #byParent = new WeakMap<object, Map<string, unknown>>();

  set(parent: object, responseKey: string, value: unknown): void {
    const planned = this.#byParent.get(parent) ?? new Map<string, unknown>();
    planned.set(responseKey, value);
    this.#byParent.set(parent, planned);
  }

  /** The planned value of `parent`'s field at `responseKey`, or undefined when not planned. */
  get<T>(parent: object, responseKey: string | number): T | undefined {
    return this.#byParent.get(parent)?.get(String(responseKey)) as T | undefined;
  }
}
