import { once } from "node:events";
import { createWriteStream } from "node:fs";

/** How big the generated graph is (BENCH_SHOWS, BENCH_PEOPLE, BENCH_NETWORKS). */
export interface GraphSize {
  shows: number;
  people: number;
  networks: number;
}

const pad = (value: number) => String(value).padStart(6, "0");
export const showId = (index: number) => `qb-show-${pad(index)}`;
export const showTitle = (index: number) => `Bench Show ${pad(index)}`;
export const personId = (index: number) => `qb-person-${pad(index)}`;
export const personName = (index: number) => `Bench Person ${pad(index)}`;

/** A small deterministic generator (mulberry32), so every run builds the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A JSON-lines facts file of a skewed cast graph: every show has a cast of 27 to 75 (billing
 * order 1..n, characters `<show>/role-<nnn>` so id order is billing order), the actors drawn with
 * a cubic skew (a few people in hundreds of shows, most in a handful), and 1 to 3 networks per
 * show, the first its original. Every claim quotes its line of one generated article.
 */
export async function writeSkewedFacts(file: string, size: GraphSize): Promise<{ roles: number }> {
  const next = random(12345);
  const lines: string[] = [];
  const claims: unknown[] = [];
  let offset = 0;
  const support = (line: string) => {
    const start = offset;
    lines.push(line);
    offset += line.length + 1;
    return [{ quote: line, start, end: start + line.length }];
  };
  const entities: unknown[] = [];
  for (let n = 0; n < size.networks; n += 1) {
    entities.push({ type: "Network", id: `qb-network-${pad(n)}`, name: `Bench Network ${pad(n)}` });
  }
  for (let p = 0; p < size.people; p += 1) {
    entities.push({ type: "Person", id: personId(p), name: personName(p) });
  }
  let roles = 0;
  for (let s = 0; s < size.shows; s += 1) {
    entities.push({ type: "Show", id: showId(s), title: showTitle(s) });
    const castSize = 27 + Math.floor(next() * 49);
    for (let k = 0; k < castSize; k += 1) {
      const person = Math.floor(size.people * next() ** 3);
      const character = `${showId(s)}/role-${String(k).padStart(3, "0")}`;
      entities.push({ type: "Character", id: character, name: `Role ${s}-${k}`, show: showId(s) });
      const line = `${personName(person)} plays Role ${s}-${k} in ${showTitle(s)}`;
      const quoted = support(line);
      claims.push({
        subject: `Person:${personId(person)}`,
        predicate: "PLAYS",
        object: `Character:${character}`,
        properties: { billingOrder: k + 1 },
        confidence: 0.6,
        support: quoted,
      });
      claims.push({
        subject: `Character:${character}`,
        predicate: "CHARACTER_IN",
        object: `Show:${showId(s)}`,
        confidence: 0.6,
        support: quoted,
      });
      roles += 1;
    }
    const carriers = 1 + Math.floor(next() * 3);
    for (let c = 0; c < carriers; c += 1) {
      const network = `qb-network-${pad((s * 7 + c * 13) % size.networks)}`;
      const line = `${showTitle(s)} is on Bench Network ${network.slice(-6)}`;
      claims.push({
        subject: `Network:${network}`,
        predicate: "CARRIES",
        object: `Show:${showId(s)}`,
        properties: { original: c === 0 },
        confidence: 0.6,
        support: support(line),
      });
    }
  }
  const out = createWriteStream(file);
  const write = async (record: unknown) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) {
      await once(out, "drain");
    }
  };
  await write({ article: { id: "qb-article", title: "Query benchmark", text: lines.join("\n") } });
  for (const entity of entities) {
    await write({ entity });
  }
  for (const claim of claims) {
    await write({ claim });
  }
  out.end();
  await once(out, "finish");
  return { roles };
}
