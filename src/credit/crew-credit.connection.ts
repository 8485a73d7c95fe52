import { enumRank } from "../common/cypher-enum.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { dateSortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CREW_CREDIT_PROJECTION, CrewCredit, toCrewCredit } from "./crew-credit.type.js";
import { CrewJob } from "./crew-job.enum.js";

export const CrewCreditConnection = ConnectionType("CrewCredit", CrewCredit);

const CREW_BINDS = ["person", "worked", "show"];
const CREW_PATTERN = "(person:Person)-[worked:WORKED_ON]->(show:Show)";

/** Used as `$filter`: the jobs a job asked for covers (crew-jobs.ts), or null for every job. */
export interface CrewFilter {
  jobs: CrewJob[] | null;
}

const JOB_FILTER = "($filter.jobs IS NULL OR worked.job IN $filter.jobs)";

/** A show's crew, creators first (in CrewJob's order), then by name. */
export const showCrewConnection: ConnectionDefinition<CrewCredit> = {
  name: "Show.crew",
  match: `MATCH ${CREW_PATTERN} WHERE show.id = parentKey AND ${JOB_FILTER}`,
  binds: CREW_BINDS,
  sortKeys: [
    { expression: enumRank("worked.job", Object.values(CrewJob)) },
    { expression: "person.nameKey" },
    { expression: "person.id" },
    { expression: "worked.job" },
  ],
  returns: CREW_CREDIT_PROJECTION,
  toNode: toCrewCredit,
};

/** A person's jobs, newest show first. */
export const personCrewCreditsConnection: ConnectionDefinition<CrewCredit> = {
  name: "Person.crewCredits",
  match: `MATCH ${CREW_PATTERN} WHERE person.id = parentKey AND ${JOB_FILTER}`,
  binds: CREW_BINDS,
  sortKeys: [
    dateSortKey("show.premiereDate"),
    { expression: "show.nameKey" },
    { expression: "show.id" },
    { expression: enumRank("worked.job", Object.values(CrewJob)) },
    { expression: "worked.job" },
  ],
  returns: CREW_CREDIT_PROJECTION,
  toNode: toCrewCredit,
};
