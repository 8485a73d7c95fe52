import type { CrewJob } from "../credit/crew-job.enum.js";
import { crewJobsWithin } from "../credit/crew-jobs.js";
import { nameKeyContains, nodeKeyOf } from "../listing/filter-values.js";
import { BY_NAME_KEY } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { PersonFilter } from "./person-filter.input.js";
import { PersonOrderField } from "./person-order.input.js";
import type { Person } from "./person.type.js";

const CAST_CREDITS = "COUNT { (n)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(:Show) }";
const CREW_CREDITS = "COUNT { (n)-[:WORKED_ON]->(:Show) }";

/** The `people` list. A job alone starts from the WORKED_ON job index (the job and the jobs within it). */
export const peopleRootList: RootListDefinition<Person, PersonFilter, PersonOrderField> = {
  name: "people",
  type: nodeTypes.Person,
  filters: {
    playedIn: {
      pattern: (id) => `(n)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(:Show {id: ${id}})`,
      toParameter: nodeKeyOf("Show"),
    },
    workedOn: {
      pattern: (id) => `(n)-[:WORKED_ON]->(:Show {id: ${id}})`,
      toParameter: nodeKeyOf("Show"),
    },
    job: {
      pattern: () => "(n)-[worked:WORKED_ON]->(show:Show)",
      where: (jobs) => `worked.job IN ${jobs} AND ($filter.workedOn IS NULL OR show.id = $filter.workedOn)`,
      toParameter: (job: CrewJob) => crewJobsWithin(job),
      startHint: "USING INDEX worked:WORKED_ON(job)",
    },
    nameContains: nameKeyContains,
  },
  orders: {
    NAME: BY_NAME_KEY,
    CREDIT_COUNT: [{ expression: `${CAST_CREDITS} + ${CREW_CREDITS}` }],
    CAST_CREDIT_COUNT: [{ expression: CAST_CREDITS }],
  },
  defaultOrder: PersonOrderField.NAME,
};
