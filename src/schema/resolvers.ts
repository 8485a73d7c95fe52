import type { NonEmptyArray } from "type-graphql";

import { CharacterResolver } from "../character/character.resolver.js";
import { GraphResolver } from "../graph/graph.resolver.js";
import { LocationResolver } from "../location/location.resolver.js";
import { ShowLocationsResolver } from "../location/show-locations.resolver.js";
import { NetworkResolver } from "../network/network.resolver.js";
import { ShowNetworksResolver } from "../network/show-networks.resolver.js";
import { CharactersResolver } from "../character/characters.resolver.js";
import { LocationsResolver } from "../location/locations.resolver.js";
import { NetworksResolver } from "../network/networks.resolver.js";
import { NodeResolver } from "../node/node.resolver.js";
import { PeopleResolver } from "../person/people.resolver.js";
import { PersonResolver } from "../person/person.resolver.js";
import { ProductionFactorResolver } from "../production-factor/production-factor.resolver.js";
import { ShowProductionFactorsResolver } from "../production-factor/show-production-factors.resolver.js";
import { ProductionFactorsResolver } from "../production-factor/production-factors.resolver.js";
import { SearchResolver } from "../search/search.resolver.js";
import { SeasonResolver } from "../season/season.resolver.js";
import { ShowSeasonsResolver } from "../season/show-seasons.resolver.js";
import { ArticleResolver } from "../article/article.resolver.js";
import { ClaimResolver } from "../claim/claim.resolver.js";
import { AddClaimResolver } from "../editing/add-claim/add-claim.resolver.js";
import { ClaimEditsResolver } from "../editing/claim-edits.resolver.js";
import { editsResolvers } from "../editing/edits.resolvers.js";
import { IngestFactsResolver } from "../editing/ingest-facts.resolver.js";
import { MergeResolver } from "../editing/merge/merge.resolver.js";
import { EditSubscriptionResolver } from "../editing/edit.subscription.js";
import { evidenceResolvers } from "../evidence/evidence.resolvers.js";
import { NewsSourceResolver } from "../news-source/news-source.resolver.js";
import { QuoteResolver } from "../quote/quote.resolver.js";
import { ShowResolver } from "../show/show.resolver.js";
import { ShowTimelineResolver } from "../timeline/show-timeline.resolver.js";
import { ShowsResolver } from "../show/shows.resolver.js";

/** Every resolver class of the API; a new feature folder adds its resolver here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ShowResolver,
  PersonResolver,
  SearchResolver,
  GraphResolver,
  CharacterResolver,
  SeasonResolver,
  ShowSeasonsResolver,
  NetworkResolver,
  ShowNetworksResolver,
  LocationResolver,
  ShowLocationsResolver,
  ProductionFactorResolver,
  ShowProductionFactorsResolver,
  ArticleResolver,
  NewsSourceResolver,
  QuoteResolver,
  ClaimResolver,
  AddClaimResolver,
  ClaimEditsResolver,
  ...editsResolvers,
  IngestFactsResolver,
  MergeResolver,
  EditSubscriptionResolver,
  ...evidenceResolvers,
  ShowTimelineResolver,
  ShowsResolver,
  PeopleResolver,
  CharactersResolver,
  NetworksResolver,
  LocationsResolver,
  ProductionFactorsResolver,
];
