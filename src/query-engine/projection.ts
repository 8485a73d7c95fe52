/**
 * A value a planned statement returns, written as Cypher that yields lists, with the function
 * that turns what the driver hands back into the maps the connections' `toNode` read.
 *
 * Why lists: the driver builds every Bolt map with one `Object.defineProperty` per key, which was
 * the largest self time of a planned request in a CPU profile under bench:query (56 µs of 690 for
 * a show's cast of 20, about 150 keys), and the objects it makes are slow to read after. A list
 * carries no keys at all: the engine knows each position when it writes the statement.
 */
export interface Projection {
  /** A Cypher expression; code, never user input. */
  cypher: string;
  decode: (value: unknown) => unknown;
}

const asIs = (value: unknown) => value;

/** A Cypher expression returned as it is (a property, a `coalesce`). */
export function valueOf(cypher: string): Projection {
  return { cypher, decode: asIs };
}

/**
 * A map of projections, sent as the list of its values in key order: `[a, b]` for `{a: …, b: …}`.
 * A null (a node an OPTIONAL MATCH did not find) stays null.
 */
export function mapOf(entries: Record<string, Projection>): Projection {
  const keys = Object.keys(entries);
  const values = Object.values(entries);
  return {
    cypher: `[${values.map((value) => value.cypher).join(", ")}]`,
    decode: (value) => {
      if (value === null || value === undefined) {
        return null;
      }
      const list = value as unknown[];
      const map: Record<string, unknown> = {};
      for (let index = 0; index < keys.length; index += 1) {
        map[keys[index] as string] = (values[index] as Projection).decode(list[index]);
      }
      return map;
    },
  };
}

/**
 * A node's properties as a map (`{name: …}`). The planned definitions bind every item node in a
 * MATCH, never an OPTIONAL MATCH, so `variable` is never null here.
 */
export function nodePropertiesOf(variable: string, properties: string[]): Projection {
  return mapOf(Object.fromEntries(properties.map((name) => [name, valueOf(`${variable}.${name}`)])));
}

/** `[variable IN list | item]`: each element of a Cypher list, projected by `item`. */
export function eachOf(variable: string, list: string, item: Projection): Projection {
  return {
    cypher: `[${variable} IN ${list} | ${item.cypher}]`,
    decode: (value) => (value as unknown[]).map(item.decode),
  };
}
