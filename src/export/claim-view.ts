/**
 * Which claims an export reads, sent to Cypher as `$view`: the same shape and meaning as the
 * provenance API's claim view (knownOn: as the graph KNEW things at the end of that day; validOn:
 * as things WERE that day), without deprecated claims, which an export never shows as facts.
 */
export interface ClaimView {
  /** YYYY-MM-DD or null. */
  knownOn: string | null;
  /** YYYY-MM-DD or null. */
  validOn: string | null;
}

export const CURRENT_VIEW: ClaimView = { knownOn: null, validOn: null };

/** An as-of view keeps only what some visible claim vouches for; the current view keeps everything. */
export function isAsOf(view: ClaimView): boolean {
  return view.knownOn !== null || view.validOn !== null;
}
