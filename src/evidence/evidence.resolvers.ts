import type { ClassType } from "type-graphql";

import { Article } from "../article/article.type.js";
import { Character } from "../character/character.type.js";
import { CastCredit } from "../credit/cast-credit.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import { Person } from "../person/person.type.js";
import { Quote } from "../quote/quote.type.js";
import { Show } from "../show/show.type.js";
import {
  nodeEvidenceResolver,
  nodeFactsResolver,
  relationshipEvidenceResolver,
} from "./evidence-resolver-factories.js";
import { relationshipFacts } from "./fact-key.js";

/** Every type with `evidence` (and `facts`) fields; a new fact-bearing type adds a line here. */
export const evidenceResolvers: ClassType[] = [
  nodeEvidenceResolver(Show),
  nodeEvidenceResolver(Person),
  nodeEvidenceResolver(Character),
  nodeEvidenceResolver(Article),
  nodeEvidenceResolver(NewsSource),
  nodeEvidenceResolver(Quote),
  nodeFactsResolver(Show),
  nodeFactsResolver(Character),
  nodeFactsResolver(Article),
  relationshipEvidenceResolver(CastCredit, (credit) => [
    ...relationshipFacts({ type: "PLAYS", start: credit.person, end: credit.character }),
    ...relationshipFacts({ type: "CHARACTER_IN", start: credit.character, end: credit.show }),
  ]),
];
