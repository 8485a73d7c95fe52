// =====================================================================
// Seed 0002: provenance of the Hit & Run graph (docs/model.md, "Provenance").
// Runs after 0001 and adds what a journalist needs to ask "how do we know this?":
//   - claims for the facts 0001 stored without one (production factors' kinds and descriptions,
//     places' kinds and country codes, the language of Deadline's report);
//   - the RUNNING status, valid from the premiere (August 2021) until the cancellation
//     (September 2021);
//   - valid times (validFrom/validTo + precision) and known times (knownFrom + precision +
//     knownFromBasis) of claims, and a note saying how each confidence was set.
// Idempotent: only MERGE + SET, values inline, no parameters. Offsets are UTF-16 code units into
// Article.text (text.slice(start, end) === quote), as in 0001.
// =====================================================================

// --- Outlets: their own addresses (identity, like their names) -------
MERGE (n:NewsSource {id: 'deadline'})
SET n.url = 'https://deadline.com';
MERGE (n:NewsSource {id: 'the-hollywood-reporter'})
SET n.url = 'https://www.hollywoodreporter.com';

// --- Hit & Run was running from its premiere until its cancellation --------------
// The start is the premiere ("first came out in August 2021"); the end is the cancellation that
// Deadline reported in September 2021. Month precision at both ends: no day is claimed.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/status/running'})
SET c += {predicate: 'status', value: 'RUNNING', rank: 'PREFERRED', confidence: 0.6, validFrom: date('2021-08-01'), validFromPrecision: 'MONTH', validTo: date('2021-09-01'), validToPrecision: 'MONTH'}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 128}]->(src)
SET sb0.quote = 'when it first came out in August 2021', sb0.end = 165
MERGE (c)-[sb1:SUPPORTED_BY {start: 1092}]->(src)
SET sb1.quote = 'Hit & Run had been canceled by Netflix', sb1.end = 1130;
// Netflix has carried Hit & Run since the premiere.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (c:Claim {id: 'claim/netflix/carries/hit-and-run'})
SET c += {validFrom: date('2021-08-01'), validFromPrecision: 'MONTH'}
MERGE (c)-[sb:SUPPORTED_BY {start: 128}]->(src)
SET sb.quote = 'when it first came out in August 2021', sb.end = 165;

// --- Deadline's report is the original source of what we know about it ----------
// The fan article says when and where the report appeared; the report itself is where that
// became known, so these two claims are ORIGINALLY_REPORTED_BY it, like the cancellation.
MATCH (c:Claim {id: 'claim/deadline-hit-and-run-canceled/published-by/deadline'}), (orig:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (c)-[:ORIGINALLY_REPORTED_BY]->(orig);
MATCH (c:Claim {id: 'claim/deadline-hit-and-run-canceled/published-date/2021-09'}), (orig:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (c)-[:ORIGINALLY_REPORTED_BY]->(orig);
// We hold Deadline's report only through the citation, so its language is an assumption about
// the outlet (an English-language trade publication), not something an article states.
MATCH (s:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (c:Claim {id: 'claim/deadline-hit-and-run-canceled/language/en'})
SET c += {predicate: 'language', value: 'en', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);

// --- Production factors: what the article says they are --------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'covid-19'})
MERGE (c:Claim {id: 'claim/covid-19/kind/pandemic'})
SET c += {predicate: 'kind', value: 'PANDEMIC', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1432}]->(src)
SET sb0.quote = 'The COVID-19 pandemic', sb0.end = 1453;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'covid-19'})
MERGE (c:Claim {id: 'claim/covid-19/description'})
SET c += {predicate: 'description', value: 'The COVID-19 pandemic.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1432}]->(src)
SET sb0.quote = 'The COVID-19 pandemic', sb0.end = 1453;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-location-changes'})
MERGE (c:Claim {id: 'claim/hit-and-run-location-changes/kind/location-logistics'})
SET c += {predicate: 'kind', value: 'LOCATION_LOGISTICS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1577}]->(src)
SET sb0.quote = 'the constantly changing locations between New York and Israel', sb0.end = 1638;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-location-changes'})
MERGE (c:Claim {id: 'claim/hit-and-run-location-changes/description'})
SET c += {predicate: 'description', value: 'Hit & Run\'s production constantly changing locations between New York and Israel.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1577}]->(src)
SET sb0.quote = 'the constantly changing locations between New York and Israel', sb0.end = 1638;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-production-cost'})
MERGE (c:Claim {id: 'claim/hit-and-run-production-cost/kind/budget'})
SET c += {predicate: 'kind', value: 'BUDGET', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1640}]->(src)
SET sb0.quote = 'production costs are ballooning', sb0.end = 1671;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-production-cost'})
MERGE (c:Claim {id: 'claim/hit-and-run-production-cost/description'})
SET c += {predicate: 'description', value: 'The cost of making Hit & Run: expensive even before the pandemic, then ballooning, so that Netflix may not see the series as worth its hefty price tag. One episode cost as much as two full seasons of Fauda.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1640}]->(src)
SET sb0.quote = 'production costs are ballooning', sb0.end = 1671
MERGE (c)-[sb1:SUPPORTED_BY {start: 1676}]->(src)
SET sb1.quote = 'Netflix may not see the series as worth its hefty price tag', sb1.end = 1735
MERGE (c)-[sb2:SUPPORTED_BY {start: 1738}]->(src)
SET sb2.quote = 'Even Hit & Run was expensive to make before the pandemic', sb2.end = 1794
MERGE (c)-[sb3:SUPPORTED_BY {start: 2033}]->(src)
SET sb3.quote = 'One episode of our film is equivalent to two full seasons of ‘Fauda’', sb3.end = 2101;

// --- Places: kinds and country codes are general knowledge ---------------------
// No stored article states them, so these claims have no SUPPORTED_BY and confidence 1.0,
// like 0001's WITHIN claims.
MATCH (s:Location {id: 'israel'})
MERGE (c:Claim {id: 'claim/israel/kind/country'})
SET c += {predicate: 'kind', value: 'COUNTRY', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'israel'})
MERGE (c:Claim {id: 'claim/israel/country-code/il'})
SET c += {predicate: 'countryCode', value: 'IL', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'tel-aviv'})
MERGE (c:Claim {id: 'claim/tel-aviv/kind/city'})
SET c += {predicate: 'kind', value: 'CITY', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'tel-aviv'})
MERGE (c:Claim {id: 'claim/tel-aviv/country-code/il'})
SET c += {predicate: 'countryCode', value: 'IL', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'united-states'})
MERGE (c:Claim {id: 'claim/united-states/kind/country'})
SET c += {predicate: 'kind', value: 'COUNTRY', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'united-states'})
MERGE (c:Claim {id: 'claim/united-states/country-code/us'})
SET c += {predicate: 'countryCode', value: 'US', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'new-york'})
MERGE (c:Claim {id: 'claim/new-york/kind/city'})
SET c += {predicate: 'kind', value: 'CITY', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
MATCH (s:Location {id: 'new-york'})
MERGE (c:Claim {id: 'claim/new-york/country-code/us'})
SET c += {predicate: 'countryCode', value: 'US', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);

// =====================================================================
// Known times: when each claim became public knowledge
// =====================================================================

// Public events: the premiere was public the moment it happened (the show appeared on Netflix),
// so what the premiere itself shows (that it came out, when, on Netflix, and was running from
// then) was known in August 2021, although our only source for it is an undated article.
MATCH (c:Claim)
WHERE c.id IN ['claim/hit-and-run/premiere-date/2021-08', 'claim/hit-and-run/season-1/premiere-date/2021-08', 'claim/hit-and-run/status/running', 'claim/netflix/carries/hit-and-run']
SET c += {knownFrom: date('2021-08-01'), knownFromPrecision: 'MONTH', knownFromBasis: 'PUBLIC_EVENT'};
// General knowledge (no source at all) was known before any article: always in an as-known view.
MATCH (c:Claim)
WHERE NOT (c)-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(:Article)
SET c += {knownFrom: null, knownFromPrecision: null, knownFromBasis: 'GENERAL_KNOWLEDGE'};
// Every other claim: the earliest publication date among its supporting articles and the reports
// they relay. A claim whose sources are all undated (most of the fan article's) has no known time
// and appears in no as-known view. Run this statement again after adding a source.
MATCH (c:Claim)
WHERE NOT c.knownFromBasis IN ['PUBLIC_EVENT', 'GENERAL_KNOWLEDGE'] OR c.knownFromBasis IS NULL
OPTIONAL MATCH (c)-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(a:Article)
WHERE a.publishedDate IS NOT NULL
WITH c, a
ORDER BY a.publishedDate
WITH c, head(collect(a)) AS first
SET c.knownFrom = first.publishedDate,
    c.knownFromPrecision = first.publishedDatePrecision,
    c.knownFromBasis = CASE
      WHEN first IS NULL THEN null
      WHEN EXISTS { (c)-[:ORIGINALLY_REPORTED_BY]->(first) } THEN 'CITED_REPORT'
      ELSE 'SUPPORTING_ARTICLE'
    END;
// The end of the RUNNING status (the cancellation) became known with the cancellation: an
// as-known view before then shows the status without an end.
MATCH (c:Claim {id: 'claim/hit-and-run/status/running'}), (end:Claim {id: 'claim/netflix/canceled/hit-and-run'})
SET c.validToKnownFrom = end.knownFrom, c.validToKnownFromPrecision = end.knownFromPrecision;

// =====================================================================
// How each confidence was set (the scores are 0001's; these say why)
// =====================================================================
MATCH (c:Claim)
WHERE c.knownFromBasis = 'GENERAL_KNOWLEDGE' AND c.confidence = 1.0
SET c.confidenceNote = 'General knowledge that no stored article states: 1.0 by convention. There is no quote to check.';
MATCH (c:Claim)
WHERE c.rank = 'DEPRECATED' AND c.confidence = 0.05
SET c.confidenceNote = 'Contradicted (see the deprecation reason): kept at 0.05 so that it never outranks the preferred claim.';
MATCH (c:Claim)
WHERE c.rank <> 'DEPRECATED' AND c.confidence = 0.6 AND (c)-[:ORIGINALLY_REPORTED_BY]->(:Article)
  AND all(a IN [(c)-[:SUPPORTED_BY]->(a:Article) | a] WHERE a.id = 'hit-and-run-season-2-release')
SET c.confidenceNote = 'Report of a report: one undated fan article relays an earlier report that we hold only through its citation. One independent source, seen second-hand: 0.6.';
MATCH (c:Claim)
WHERE c.rank <> 'DEPRECATED' AND c.confidence = 0.6 AND NOT (c)-[:ORIGINALLY_REPORTED_BY]->(:Article)
  AND all(a IN [(c)-[:SUPPORTED_BY]->(a:Article) | a] WHERE a.id = 'hit-and-run-season-2-release')
SET c.confidenceNote = 'One secondary source: an undated fan article with no named outlet states it, and nothing confirms it independently: 0.6.';
