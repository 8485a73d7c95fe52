import type { BroaderTerms } from "../common/broader-terms.js";
import { expandToNarrower } from "../common/broader-terms.js";
import { CrewJob } from "./crew-job.enum.js";

/**
 * What each crew job is a kind of (docs/model.md, "Broader terms"): a showrunner is credited as
 * an executive producer (the trade's usage: the showrunner is the lead executive producer), and an
 * executive producer holds a producer credit, so asking for producers finds all three.
 */
export const CREW_JOB_BROADER: BroaderTerms<CrewJob> = {
  [CrewJob.CREATOR]: null,
  [CrewJob.SHOWRUNNER]: CrewJob.EXECUTIVE_PRODUCER,
  [CrewJob.EXECUTIVE_PRODUCER]: CrewJob.PRODUCER,
  [CrewJob.WRITER]: null,
  [CrewJob.DIRECTOR]: null,
  [CrewJob.PRODUCER]: null,
};

/** The jobs a job asked for covers (itself and every narrower one), or null for every job. */
export function crewJobsWithin(job: CrewJob | null | undefined): CrewJob[] | null {
  return expandToNarrower(CREW_JOB_BROADER, job ? [job] : null);
}
