import { enumRank } from "../common/cypher-enum.js";
import { FactorEffect } from "./factor-effect.enum.js";

/** Used as `$filter`: one effect, or null for all of them. */
export interface EffectFilter {
  effect: FactorEffect | null;
}

/** Keeps the `affected` relationships with the effect asked for. */
export const EFFECT_FILTER = "($filter.effect IS NULL OR affected.effect = $filter.effect)";

/** In FactorEffect's order: what happened during production before what came of it. */
export const EFFECT_RANK = enumRank("affected.effect", Object.values(FactorEffect));
