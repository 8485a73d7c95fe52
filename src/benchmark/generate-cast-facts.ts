import { once } from "node:events";
import { createWriteStream } from "node:fs";

/**
 * A facts file of `claims` claims as JSON lines, written as a stream: per cast line of the
 * article, a person, a character (50 per show), PLAYS and CHARACTER_IN, each quoting its line.
 */
export async function generateCastFacts(file: string, claims: number, prefix: string): Promise<void> {
  const roles = Math.ceil(claims / 2);
  const lines = Array.from(
    { length: roles },
    (_, index) => `Actor ${prefix} ${index} as Role ${prefix} ${index}`,
  );
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const out = createWriteStream(file);
  const write = async (record: unknown) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) {
      await once(out, "drain");
    }
  };
  await write({ article: { id: `${prefix}-article`, title: `Benchmark ${prefix}`, text: lines.join("\n") } });
  for (let show = 0; show * 50 < roles; show += 1) {
    await write({ entity: { type: "Show", id: `${prefix}-show-${show}`, title: `Show ${prefix} ${show}` } });
  }
  for (let index = 0; index < roles; index += 1) {
    const show = `${prefix}-show-${Math.floor(index / 50)}`;
    const line = lines[index] as string;
    const start = offsets[index] as number;
    const support = [{ quote: line, start, end: start + line.length }];
    await write({
      entity: { type: "Person", id: `${prefix}-actor-${index}`, name: `Actor ${prefix} ${index}` },
    });
    await write({
      entity: { type: "Character", id: `${show}/role-${index}`, name: `Role ${prefix} ${index}`, show },
    });
    await write({
      claim: {
        subject: `Person:${prefix}-actor-${index}`,
        predicate: "PLAYS",
        object: `Character:${show}/role-${index}`,
        properties: { billingOrder: (index % 50) + 1 },
        confidence: 0.6,
        support,
      },
    });
    if (index * 2 + 1 < claims) {
      await write({
        claim: {
          subject: `Character:${show}/role-${index}`,
          predicate: "CHARACTER_IN",
          object: `Show:${show}`,
          confidence: 0.6,
          support,
        },
      });
    }
  }
  out.end();
  await once(out, "finish");
}
