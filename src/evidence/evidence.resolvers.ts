import type { ClassType } from "type-graphql";

import { Article } from "../article/article.type.js";
import { characterLink } from "../character/character-link.js";
import { CharacterRelationship } from "../character/character-relationship.type.js";
import { Character } from "../character/character.type.js";
import { CastCredit } from "../credit/cast-credit.type.js";
import { CrewCredit } from "../credit/crew-credit.type.js";
import { GraphRelationship } from "../graph/graph-relationship.type.js";
import { ShowLocation } from "../location/show-location.type.js";
import { Location } from "../location/location.type.js";
import { Cancellation } from "../network/cancellation.type.js";
import { Carriage } from "../network/carriage.type.js";
import { Network } from "../network/network.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import { Person } from "../person/person.type.js";
import { ProductionFactor } from "../production-factor/production-factor.type.js";
import { ProductionImpact } from "../production-factor/production-impact.type.js";
import { Quote } from "../quote/quote.type.js";
import { Season } from "../season/season.type.js";
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
  nodeEvidenceResolver(Season),
  nodeEvidenceResolver(Person),
  nodeEvidenceResolver(Character),
  nodeEvidenceResolver(Network),
  nodeEvidenceResolver(Location),
  nodeEvidenceResolver(ProductionFactor),
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
  relationshipEvidenceResolver(CrewCredit, ({ person, show, job }) =>
    relationshipFacts({ type: "WORKED_ON", start: person, end: show, properties: { job } }),
  ),
  relationshipEvidenceResolver(Carriage, ({ network, show }) =>
    relationshipFacts({ type: "CARRIES", start: network, end: show }),
  ),
  relationshipEvidenceResolver(Cancellation, ({ network, show }) =>
    relationshipFacts({ type: "CANCELED", start: network, end: show }),
  ),
  relationshipEvidenceResolver(ProductionImpact, ({ factor, show, effect }) =>
    relationshipFacts({ type: "AFFECTED", start: factor, end: show, properties: { effect } }),
  ),
  // The role is the relationship type (SET_IN, FILMED_IN, PRODUCED_IN).
  relationshipEvidenceResolver(ShowLocation, ({ show, location, role }) =>
    relationshipFacts({ type: role, start: show, end: location }),
  ),
  relationshipEvidenceResolver(CharacterRelationship, (relationship) =>
    relationshipFacts(characterLink(relationship)),
  ),
  relationshipEvidenceResolver(GraphRelationship, ({ type, from, to, properties }) =>
    relationshipFacts({ type, start: from, end: to, properties }),
  ),
];
