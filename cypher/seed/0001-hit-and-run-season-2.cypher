// =====================================================================
// Seed 0001: Netflix's "Hit & Run" (2021), from a fan article
// (/work/shared/seed/hit-and-run-season-2.txt). Model: docs/model.md.
// Idempotent: only MERGE + SET, no parameters. One statement per fact,
// each with its Claim and the exact quote(s) supporting it.
// Offsets are UTF-16 code units into Article.text (text.slice(start, end) === quote).
// =====================================================================

// --- Source articles -------------------------------------------------
// The seed article: a fan article with no known outlet, URL or publication date (all left null).
// `text` is the whole file, character for character, so quotes can be checked against it.
MERGE (n:Article {id: 'hit-and-run-season-2-release'})
SET n += {title: 'When will Hit & Run Season 2 be released? Here’s the Official News From Netflix', nameKey: 'when will hit & run season 2 be released? here’s the official news from netflix', text: 'When will Hit & Run Season 2 be released? Here’s the Official News From Netflix\n\n\nHit & Run became an instant hit, aka popular, when it first came out in August 2021. The series dominates the top 10 lists in many countries around the world and is a favorite series for many. It’s no wonder that Hit & Run season 2 is currently looking for information and news about when it will be released again.\n\nThis hit and run focuses on a happily married man, namely Segev Azulai, whose life is turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv. Grief-stricken and confused, he searches for his wife’s killer, who has fled to the US.\n\nWith the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife and the secrets she’s been keeping from him.\n\nBut now that season 1 has concluded with a great ending, can we expect another season of this hit Israeli-American series? Let’s explore.\n\nLet’s listen!\n\nWill There Be a Hit & Run Season 2?\n\nWill There Be a Hit & Run Season 2?\n\nWebsite Deadline reported in September 2021 that Hit & Run had been canceled by Netflix and would not be continuing in the future. This is quite surprising to many people, especially because the ending of the film is tense and hanging. Fans won’t get any sort of closure from the series if there isn’t a follow-up season.\n\nWhy Was Hit & Run Not Extended?\n\nWhy Was Hit & Run Not Extended?\n\nThe COVID-19 pandemic is the main cause. Due to the pandemic, the show’s production took an inordinately long time to even begin. And because of the constantly changing locations between New York and Israel, production costs are ballooning and Netflix may not see the series as worth its hefty price tag.\n\nEven Hit & Run was expensive to make before the pandemic. para showrunner has spoken about the production costs of this film during an interview with The Hollywood Reporter.\n\nThey (Netflix) want it to be an international hit and not just a hit in Israel or a hit in the US,” say Nicole Yorkin. “One episode of our film is equivalent to two full seasons of ‘Fauda’ (another Netflix series from the same maker) in terms of how much it costs.\n\nWho Are the Cast in Hit & Run?\n\nThe Hit & Run cast includes:\n\n  • Lior Raz as Segev Azulai\n  • Lior Ashkenazi as Assaf Talmor\n  • Sanaa Lathan as Naomi Hicks\n  • Kaelen Ohm as Danielle Wexler Azulai\n  • Moran Rosenblatt as Tali Shapira\n  • Gregg Henry as Martin Wexler, and\n  • Gal Toren as Ron Harel.\n\nYou may also like...\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *', language: 'en', url: null, publishedDate: null, publishedDatePrecision: null, retrievedDate: null};
// Deadline's cancellation report, known only through the seed article ("Website Deadline
// reported in September 2021 ..."): no title or URL known, month precision (day 01 is a
// placeholder that publishedDatePrecision MONTH tells readers to ignore).
MERGE (n:Article {id: 'deadline-hit-and-run-canceled'})
SET n += {title: null, nameKey: null, url: null, language: 'en', publishedDate: date('2021-09-01'), publishedDatePrecision: 'MONTH'};

// --- News sources and network ----------------------------------------
// NewsSource.kind is left unset: the article only calls Deadline a "Website" and says
// nothing of The Hollywood Reporter; the outlets' kinds are not this article's facts.
MERGE (n:NewsSource {id: 'deadline'})
SET n += {name: 'Deadline', nameKey: 'deadline'};
MERGE (n:NewsSource {id: 'the-hollywood-reporter'})
SET n += {name: 'The Hollywood Reporter', nameKey: 'the hollywood reporter'};
MERGE (n:Network {id: 'netflix'})
SET n += {name: 'Netflix', nameKey: 'netflix', kind: 'STREAMER'};

// --- Shows and seasons ------------------------------------------------
// kind SERIES although the article twice says "the film" (see the DEPRECATED kind claim).
// premiereDate: the article says only "August 2021", so MONTH precision; the day 01 is the
// placeholder a Date needs, not a claimed day.
// seasonCount 1: season 1 "has concluded" and Netflix canceled the show, so there is no season 2.
MERGE (n:Show {id: 'hit-and-run'})
SET n += {title: 'Hit & Run', nameKey: 'hit & run', kind: 'SERIES', status: 'CANCELED', premiereDate: date('2021-08-01'), premiereDatePrecision: 'MONTH', originCountries: ['IL', 'US'], synopsis: 'Segev Azulai, a happily married man, sees his life turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv. Grief-stricken and confused, he searches for her killer, who has fled to the US. With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife and the secrets she had been keeping from him.', seasonCount: 1};
MERGE (n:Show {id: 'fauda'})
SET n += {title: 'Fauda', nameKey: 'fauda', kind: 'SERIES'};
// Season ids are scoped by their show, like character ids. Season 1 is the only season,
// so it premiered with the show (August 2021, MONTH precision).
MERGE (n:Season {id: 'hit-and-run/season-1'})
SET n += {number: 1, premiereDate: date('2021-08-01'), premiereDatePrecision: 'MONTH'};

// --- People ------------------------------------------------------------
MERGE (n:Person {id: 'lior-raz'})
SET n += {name: 'Lior Raz', nameKey: 'lior raz'};
MERGE (n:Person {id: 'lior-ashkenazi'})
SET n += {name: 'Lior Ashkenazi', nameKey: 'lior ashkenazi'};
MERGE (n:Person {id: 'sanaa-lathan'})
SET n += {name: 'Sanaa Lathan', nameKey: 'sanaa lathan'};
MERGE (n:Person {id: 'kaelen-ohm'})
SET n += {name: 'Kaelen Ohm', nameKey: 'kaelen ohm'};
MERGE (n:Person {id: 'moran-rosenblatt'})
SET n += {name: 'Moran Rosenblatt', nameKey: 'moran rosenblatt'};
MERGE (n:Person {id: 'gregg-henry'})
SET n += {name: 'Gregg Henry', nameKey: 'gregg henry'};
MERGE (n:Person {id: 'gal-toren'})
SET n += {name: 'Gal Toren', nameKey: 'gal toren'};
MERGE (n:Person {id: 'nicole-yorkin'})
SET n += {name: 'Nicole Yorkin', nameKey: 'nicole yorkin'};

// --- Characters (descriptions only from what the article says) ---------
MERGE (n:Character {id: 'hit-and-run/segev-azulai'})
SET n += {name: 'Segev Azulai', nameKey: 'segev azulai', description: 'A happily married man whose life is turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv. Grief-stricken and confused, he searches for her killer, who has fled to the US, and with the help of his ex-girlfriend Naomi Hicks uncovers disturbing truths about his wife and the secrets she had been keeping from him.'};
// Assaf Talmor, Tali Shapira, Martin Wexler and Ron Harel: the article says nothing about them.
MERGE (n:Character {id: 'hit-and-run/assaf-talmor'})
SET n += {name: 'Assaf Talmor', nameKey: 'assaf talmor', description: null};
MERGE (n:Character {id: 'hit-and-run/naomi-hicks'})
SET n += {name: 'Naomi Hicks', nameKey: 'naomi hicks', description: 'Segev Azulai\'s ex-girlfriend, with whose help he uncovers disturbing truths about his wife and the secrets she had been keeping from him.'};
// The article never names the murdered wife. Danielle is identified as her by the surname
// she shares with Segev (Wexler Azulai), which is also what the series shows.
MERGE (n:Character {id: 'hit-and-run/danielle-wexler-azulai'})
SET n += {name: 'Danielle Wexler Azulai', nameKey: 'danielle wexler azulai', description: 'Segev Azulai\'s wife, killed in a mysterious hit-and-run accident in Tel Aviv. She had been keeping secrets from him.'};
MERGE (n:Character {id: 'hit-and-run/tali-shapira'})
SET n += {name: 'Tali Shapira', nameKey: 'tali shapira', description: null};
MERGE (n:Character {id: 'hit-and-run/martin-wexler'})
SET n += {name: 'Martin Wexler', nameKey: 'martin wexler', description: null};
MERGE (n:Character {id: 'hit-and-run/ron-harel'})
SET n += {name: 'Ron Harel', nameKey: 'ron harel', description: null};

// --- Places --------------------------------------------------------------
MERGE (n:Location {id: 'israel'})
SET n += {name: 'Israel', nameKey: 'israel', kind: 'COUNTRY', countryCode: 'IL'};
MERGE (n:Location {id: 'tel-aviv'})
SET n += {name: 'Tel Aviv', nameKey: 'tel aviv', kind: 'CITY', countryCode: 'IL'};
// The article says "the US".
MERGE (n:Location {id: 'united-states'})
SET n += {name: 'United States', nameKey: 'united states', kind: 'COUNTRY', countryCode: 'US'};
// "New York" as a production location: New York City.
MERGE (n:Location {id: 'new-york'})
SET n += {name: 'New York', nameKey: 'new york', kind: 'CITY', countryCode: 'US'};

// --- Production factors --------------------------------------------------
MERGE (n:ProductionFactor {id: 'covid-19'})
SET n += {name: 'COVID-19 pandemic', nameKey: 'covid-19 pandemic', kind: 'PANDEMIC', description: 'The COVID-19 pandemic.'};
MERGE (n:ProductionFactor {id: 'hit-and-run-location-changes'})
SET n += {name: 'Changing locations between New York and Israel', nameKey: 'changing locations between new york and israel', kind: 'LOCATION_LOGISTICS', description: 'Hit & Run\'s production constantly changing locations between New York and Israel.'};
MERGE (n:ProductionFactor {id: 'hit-and-run-production-cost'})
SET n += {name: 'Hit & Run production cost', nameKey: 'hit & run production cost', kind: 'BUDGET', description: 'The cost of making Hit & Run: expensive even before the pandemic, then ballooning, so that Netflix may not see the series as worth its hefty price tag. One episode cost as much as two full seasons of Fauda.'};

// --- Nicole Yorkin's words to The Hollywood Reporter ---------------------
// The article's quotation marks are broken: no opening mark before "They", the attribution
// `” say Nicole Yorkin. “` in the middle, no closing mark after "costs.". Her words are the
// two runs either side of the attribution, so two Quote nodes, each exactly as in the text
// (the parenthesised "(Netflix)" and "(another Netflix series ...)" stand inside the marks).
// Who said them, and to whom, are facts with claims further down (SAID_BY, GIVEN_TO).
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (x0:Show {id: 'hit-and-run'}), (x1:Network {id: 'netflix'})
MERGE (q:Quote {id: 'nicole-yorkin-thr-international-hit'})
SET q.text = 'They (Netflix) want it to be an international hit and not just a hit in Israel or a hit in the US,'
MERGE (q)-[qi:QUOTED_IN]->(src)
SET qi.start = 1913, qi.end = 2011
MERGE (q)-[:ABOUT]->(x0)
MERGE (q)-[:ABOUT]->(x1);
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (x0:Show {id: 'hit-and-run'}), (x1:Show {id: 'fauda'})
MERGE (q:Quote {id: 'nicole-yorkin-thr-episode-cost'})
SET q.text = 'One episode of our film is equivalent to two full seasons of ‘Fauda’ (another Netflix series from the same maker) in terms of how much it costs.'
MERGE (q)-[qi:QUOTED_IN]->(src)
SET qi.start = 2033, qi.end = 2177
MERGE (q)-[:ABOUT]->(x0)
MERGE (q)-[:ABOUT]->(x1);

// --- Provenance: the seed article cites Deadline's report ----------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (d:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (src)-[:CITES]->(d);

// =====================================================================
// Facts and their claims
// =====================================================================

// --- Hit & Run: properties ---------------------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/kind/series'})
SET c += {predicate: 'kind', value: 'SERIES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 167}]->(src)
SET sb0.quote = 'The series dominates the top 10 lists', sb0.end = 204
MERGE (c)-[sb1:SUPPORTED_BY {start: 904}]->(src)
SET sb1.quote = 'this hit Israeli-American series', sb1.end = 936;
// The article twice calls Hit & Run "the film". It is a series (the same article says so twice),
// so that wording is kept only as a DEPRECATED claim. Nicole Yorkin's own "One episode of our film"
// is her loose wording inside a quote (an episode is itself a series unit) and is not counted here.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/kind/film'})
SET c += {predicate: 'kind', value: 'FILM', rank: 'DEPRECATED', confidence: 0.05, deprecationReason: 'Hit & Run is a television series (one season of episodes on Netflix). The article itself calls it a series elsewhere. "The film" is careless wording.'}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1234}]->(src)
SET sb0.quote = 'the ending of the film is tense and hanging', sb0.end = 1277
MERGE (c)-[sb1:SUPPORTED_BY {start: 1829}]->(src)
SET sb1.quote = 'the production costs of this film', sb1.end = 1862;
// Month precision: the article gives only "August 2021". No day is claimed.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/premiere-date/2021-08'})
SET c += {predicate: 'premiereDate', value: '2021-08', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 128}]->(src)
SET sb0.quote = 'when it first came out in August 2021', sb0.end = 165;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/origin-countries/il-us'})
SET c += {predicate: 'originCountries', value: 'IL,US', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 904}]->(src)
SET sb0.quote = 'this hit Israeli-American series', sb0.end = 936;
// Canceled: as reported by Deadline in September 2021, cited by the article.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (orig:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (c:Claim {id: 'claim/hit-and-run/status/canceled'})
SET c += {predicate: 'status', value: 'CANCELED', rank: 'PREFERRED', confidence: 0.6, validFrom: date('2021-09-01'), validFromPrecision: 'MONTH'}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1092}]->(src)
SET sb0.quote = 'Hit & Run had been canceled by Netflix and would not be continuing in the future', sb0.end = 1172
MERGE (c)-[:ORIGINALLY_REPORTED_BY]->(orig);
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/season-count/1'})
SET c += {predicate: 'seasonCount', value: '1', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 828}]->(src)
SET sb0.quote = 'season 1 has concluded', sb0.end = 850
MERGE (c)-[sb1:SUPPORTED_BY {start: 1135}]->(src)
SET sb1.quote = 'would not be continuing in the future', sb1.end = 1172;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/synopsis'})
SET c += {predicate: 'synopsis', value: 'Segev Azulai, a happily married man, sees his life turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv. Grief-stricken and confused, he searches for her killer, who has fled to the US. With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife and the secrets she had been keeping from him.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 427}]->(src)
SET sb0.quote = 'a happily married man, namely Segev Azulai, whose life is turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv', sb0.end = 576
MERGE (c)-[sb1:SUPPORTED_BY {start: 578}]->(src)
SET sb1.quote = 'Grief-stricken and confused, he searches for his wife’s killer, who has fled to the US', sb1.end = 664
MERGE (c)-[sb2:SUPPORTED_BY {start: 667}]->(src)
SET sb2.quote = 'With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife and the secrets she’s been keeping from him', sb2.end = 812;
// Reception and ending have no Show property in the model: they are claim-only facts.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/reception'})
SET c += {predicate: 'reception', value: 'An instant hit on its release in August 2021: it dominated the top 10 lists in many countries around the world and is a favorite series for many.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 82}]->(src)
SET sb0.quote = 'Hit & Run became an instant hit', sb0.end = 113
MERGE (c)-[sb1:SUPPORTED_BY {start: 167}]->(src)
SET sb1.quote = 'The series dominates the top 10 lists in many countries around the world and is a favorite series for many', sb1.end = 273;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'})
MERGE (c:Claim {id: 'claim/hit-and-run/ending'})
SET c += {predicate: 'ending', value: 'Season 1, the only season, ends on a tense, open (cliffhanger) ending. Without a follow-up season fans get no closure.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 828}]->(src)
SET sb0.quote = 'season 1 has concluded with a great ending', sb0.end = 870
MERGE (c)-[sb1:SUPPORTED_BY {start: 1234}]->(src)
SET sb1.quote = 'the ending of the film is tense and hanging', sb1.end = 1277
MERGE (c)-[sb2:SUPPORTED_BY {start: 1279}]->(src)
SET sb2.quote = 'Fans won’t get any sort of closure from the series if there isn’t a follow-up season', sb2.end = 1363;

// --- Hit & Run: season -------------------------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Season {id: 'hit-and-run/season-1'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:SEASON_OF]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/season-1/season-of'})
SET c += {predicate: 'SEASON_OF', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 828}]->(src)
SET sb0.quote = 'season 1 has concluded with a great ending', sb0.end = 870;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Season {id: 'hit-and-run/season-1'})
MERGE (c:Claim {id: 'claim/hit-and-run/season-1/premiere-date/2021-08'})
SET c += {predicate: 'premiereDate', value: '2021-08', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 128}]->(src)
SET sb0.quote = 'when it first came out in August 2021', sb0.end = 165;

// --- Netflix --------------------------------------------------------------
// Netflix being a streamer is general knowledge, not stated by the article: no SUPPORTED_BY.
MATCH (s:Network {id: 'netflix'})
MERGE (c:Claim {id: 'claim/netflix/kind/streamer'})
SET c += {predicate: 'kind', value: 'STREAMER', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s);
// "another Netflix series from the same maker" (about Fauda) makes Hit & Run a Netflix series too.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Network {id: 'netflix'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[rel:CARRIES]->(o)
SET rel += {original: true}
MERGE (c:Claim {id: 'claim/netflix/carries/hit-and-run'})
SET c += {predicate: 'CARRIES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1092}]->(src)
SET sb0.quote = 'Hit & Run had been canceled by Netflix', sb0.end = 1130
MERGE (c)-[sb1:SUPPORTED_BY {start: 2103}]->(src)
SET sb1.quote = 'another Netflix series from the same maker', sb1.end = 2145;
// Fauda: the article calls it "another Netflix series", so original: true (Netflix presents it
// as its own series). NB: Fauda first aired on yes in Israel (2015) before Netflix took it worldwide,
// so if `original` is ever read as "first network", this edge should become original: false.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Network {id: 'netflix'}), (o:Show {id: 'fauda'})
MERGE (s)-[rel:CARRIES]->(o)
SET rel += {original: true}
MERGE (c:Claim {id: 'claim/netflix/carries/fauda'})
SET c += {predicate: 'CARRIES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2094}]->(src)
SET sb0.quote = '‘Fauda’ (another Netflix series from the same maker)', sb0.end = 2146;
// Cancellation: the article cites Deadline's September 2021 report (ORIGINALLY_REPORTED_BY).
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Network {id: 'netflix'}), (o:Show {id: 'hit-and-run'}), (orig:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (s)-[rel:CANCELED]->(o)
SET rel += {date: date('2021-09-01'), datePrecision: 'MONTH'}
MERGE (c:Claim {id: 'claim/netflix/canceled/hit-and-run'})
SET c += {predicate: 'CANCELED', rank: 'PREFERRED', confidence: 0.6, validFrom: date('2021-09-01'), validFromPrecision: 'MONTH'}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1043}]->(src)
SET sb0.quote = 'Website Deadline reported in September 2021 that Hit & Run had been canceled by Netflix', sb0.end = 1130
MERGE (c)-[:ORIGINALLY_REPORTED_BY]->(orig);

// --- Deadline's report ------------------------------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Article {id: 'deadline-hit-and-run-canceled'}), (o:NewsSource {id: 'deadline'})
MERGE (s)-[:PUBLISHED_BY]->(o)
MERGE (c:Claim {id: 'claim/deadline-hit-and-run-canceled/published-by/deadline'})
SET c += {predicate: 'PUBLISHED_BY', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1043}]->(src)
SET sb0.quote = 'Website Deadline reported', sb0.end = 1068;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Article {id: 'deadline-hit-and-run-canceled'})
MERGE (c:Claim {id: 'claim/deadline-hit-and-run-canceled/published-date/2021-09'})
SET c += {predicate: 'publishedDate', value: '2021-09', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1060}]->(src)
SET sb0.quote = 'reported in September 2021', sb0.end = 1086;

// --- Fauda --------------------------------------------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'fauda'})
MERGE (c:Claim {id: 'claim/fauda/kind/series'})
SET c += {predicate: 'kind', value: 'SERIES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2103}]->(src)
SET sb0.quote = 'another Netflix series', sb0.end = 2125;
// RELATED_TO is symmetric: stored once, (hit-and-run)->(fauda), read undirected. The article
// does not name "the same maker", so no creator is recorded.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (o:Show {id: 'fauda'})
MERGE (s)-[rel:RELATED_TO {reason: 'SAME_CREATOR'}]->(o)
SET rel += {description: 'Fauda is another Netflix series from the same maker.'}
MERGE (c:Claim {id: 'claim/hit-and-run/related-to/fauda/same-creator'})
SET c += {predicate: 'RELATED_TO', value: 'SAME_CREATOR', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2103}]->(src)
SET sb0.quote = 'another Netflix series from the same maker', sb0.end = 2145;

// --- Cast: PLAYS (billingOrder = order of the article's cast list) and CHARACTER_IN ---
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'lior-raz'}), (o:Character {id: 'hit-and-run/segev-azulai'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 1, seasons: [1]}
MERGE (c:Claim {id: 'claim/lior-raz/plays/hit-and-run/segev-azulai'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2245}]->(src)
SET sb0.quote = 'Lior Raz as Segev Azulai', sb0.end = 2269;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/segev-azulai'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/segev-azulai/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2245}]->(src)
SET sb1.quote = 'Lior Raz as Segev Azulai', sb1.end = 2269;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'lior-ashkenazi'}), (o:Character {id: 'hit-and-run/assaf-talmor'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 2, seasons: [1]}
MERGE (c:Claim {id: 'claim/lior-ashkenazi/plays/hit-and-run/assaf-talmor'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2274}]->(src)
SET sb0.quote = 'Lior Ashkenazi as Assaf Talmor', sb0.end = 2304;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/assaf-talmor'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/assaf-talmor/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2274}]->(src)
SET sb1.quote = 'Lior Ashkenazi as Assaf Talmor', sb1.end = 2304;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'sanaa-lathan'}), (o:Character {id: 'hit-and-run/naomi-hicks'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 3, seasons: [1]}
MERGE (c:Claim {id: 'claim/sanaa-lathan/plays/hit-and-run/naomi-hicks'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2309}]->(src)
SET sb0.quote = 'Sanaa Lathan as Naomi Hicks', sb0.end = 2336;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/naomi-hicks'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/naomi-hicks/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2309}]->(src)
SET sb1.quote = 'Sanaa Lathan as Naomi Hicks', sb1.end = 2336;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'kaelen-ohm'}), (o:Character {id: 'hit-and-run/danielle-wexler-azulai'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 4, seasons: [1]}
MERGE (c:Claim {id: 'claim/kaelen-ohm/plays/hit-and-run/danielle-wexler-azulai'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2341}]->(src)
SET sb0.quote = 'Kaelen Ohm as Danielle Wexler Azulai', sb0.end = 2377;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/danielle-wexler-azulai'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/danielle-wexler-azulai/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2341}]->(src)
SET sb1.quote = 'Kaelen Ohm as Danielle Wexler Azulai', sb1.end = 2377;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'moran-rosenblatt'}), (o:Character {id: 'hit-and-run/tali-shapira'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 5, seasons: [1]}
MERGE (c:Claim {id: 'claim/moran-rosenblatt/plays/hit-and-run/tali-shapira'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2382}]->(src)
SET sb0.quote = 'Moran Rosenblatt as Tali Shapira', sb0.end = 2414;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/tali-shapira'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/tali-shapira/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2382}]->(src)
SET sb1.quote = 'Moran Rosenblatt as Tali Shapira', sb1.end = 2414;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'gregg-henry'}), (o:Character {id: 'hit-and-run/martin-wexler'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 6, seasons: [1]}
MERGE (c:Claim {id: 'claim/gregg-henry/plays/hit-and-run/martin-wexler'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2419}]->(src)
SET sb0.quote = 'Gregg Henry as Martin Wexler', sb0.end = 2447;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/martin-wexler'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/martin-wexler/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2419}]->(src)
SET sb1.quote = 'Gregg Henry as Martin Wexler', sb1.end = 2447;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'gal-toren'}), (o:Character {id: 'hit-and-run/ron-harel'})
MERGE (s)-[rel:PLAYS]->(o)
SET rel += {billingOrder: 7, seasons: [1]}
MERGE (c:Claim {id: 'claim/gal-toren/plays/hit-and-run/ron-harel'})
SET c += {predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2457}]->(src)
SET sb0.quote = 'Gal Toren as Ron Harel', sb0.end = 2479;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/ron-harel'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:CHARACTER_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/ron-harel/character-in'})
SET c += {predicate: 'CHARACTER_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2211}]->(src)
SET sb0.quote = 'The Hit & Run cast includes:', sb0.end = 2239
MERGE (c)-[sb1:SUPPORTED_BY {start: 2457}]->(src)
SET sb1.quote = 'Gal Toren as Ron Harel', sb1.end = 2479;

// --- Characters: descriptions and relationships ------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/segev-azulai'})
MERGE (c:Claim {id: 'claim/hit-and-run/segev-azulai/description'})
SET c += {predicate: 'description', value: 'A happily married man whose life is turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv. Grief-stricken and confused, he searches for her killer, who has fled to the US, and with the help of his ex-girlfriend Naomi Hicks uncovers disturbing truths about his wife and the secrets she had been keeping from him.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 427}]->(src)
SET sb0.quote = 'a happily married man, namely Segev Azulai', sb0.end = 469
MERGE (c)-[sb1:SUPPORTED_BY {start: 578}]->(src)
SET sb1.quote = 'Grief-stricken and confused, he searches for his wife’s killer, who has fled to the US', sb1.end = 664;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/naomi-hicks'})
MERGE (c:Claim {id: 'claim/hit-and-run/naomi-hicks/description'})
SET c += {predicate: 'description', value: 'Segev Azulai\'s ex-girlfriend, with whose help he uncovers disturbing truths about his wife and the secrets she had been keeping from him.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 667}]->(src)
SET sb0.quote = 'With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife', sb0.end = 768;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/danielle-wexler-azulai'})
MERGE (c:Claim {id: 'claim/hit-and-run/danielle-wexler-azulai/description'})
SET c += {predicate: 'description', value: 'Segev Azulai\'s wife, killed in a mysterious hit-and-run accident in Tel Aviv. She had been keeping secrets from him.', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[sb0:SUPPORTED_BY {start: 509}]->(src)
SET sb0.quote = 'his wife is killed in a mysterious hit-and-run accident in Tel Aviv', sb0.end = 576
MERGE (c)-[sb1:SUPPORTED_BY {start: 773}]->(src)
SET sb1.quote = 'the secrets she’s been keeping from him', sb1.end = 812
MERGE (c)-[sb2:SUPPORTED_BY {start: 2341}]->(src)
SET sb2.quote = 'Kaelen Ohm as Danielle Wexler Azulai', sb2.end = 2377;
// SPOUSE_OF / EX_PARTNER_OF are symmetric: stored once, from Segev, read undirected.
// Danielle is "his wife" by her married surname Azulai (the article never names the wife).
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/segev-azulai'}), (o:Character {id: 'hit-and-run/danielle-wexler-azulai'})
MERGE (s)-[:SPOUSE_OF]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/segev-azulai/spouse-of/danielle-wexler-azulai'})
SET c += {predicate: 'SPOUSE_OF', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 427}]->(src)
SET sb0.quote = 'a happily married man, namely Segev Azulai', sb0.end = 469
MERGE (c)-[sb1:SUPPORTED_BY {start: 2341}]->(src)
SET sb1.quote = 'Kaelen Ohm as Danielle Wexler Azulai', sb1.end = 2377;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Character {id: 'hit-and-run/segev-azulai'}), (o:Character {id: 'hit-and-run/naomi-hicks'})
MERGE (s)-[:EX_PARTNER_OF]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/segev-azulai/ex-partner-of/naomi-hicks'})
SET c += {predicate: 'EX_PARTNER_OF', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 684}]->(src)
SET sb0.quote = 'his ex-girlfriend, Naomi Hicks', sb0.end = 714;

// --- Crew ------------------------------------------------------------------------
// "para showrunner" is a garbled "the showrunner"; the quotes two paragraphs later are
// attributed to Nicole Yorkin ("say Nicole Yorkin"), the same interview with The Hollywood Reporter.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Person {id: 'nicole-yorkin'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[:WORKED_ON {job: 'SHOWRUNNER'}]->(o)
MERGE (c:Claim {id: 'claim/nicole-yorkin/worked-on/hit-and-run/showrunner'})
SET c += {predicate: 'WORKED_ON', value: 'SHOWRUNNER', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1796}]->(src)
SET sb0.quote = 'para showrunner has spoken about the production costs', sb0.end = 1849
MERGE (c)-[sb1:SUPPORTED_BY {start: 2013}]->(src)
SET sb1.quote = 'say Nicole Yorkin', sb1.end = 2030;

// --- Quotes: who said them, to whom ------------------------------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Quote {id: 'nicole-yorkin-thr-international-hit'}), (o:Person {id: 'nicole-yorkin'})
MERGE (s)-[:SAID_BY]->(o)
MERGE (c:Claim {id: 'claim/nicole-yorkin-thr-international-hit/said-by/nicole-yorkin'})
SET c += {predicate: 'SAID_BY', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2013}]->(src)
SET sb0.quote = 'say Nicole Yorkin', sb0.end = 2030;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Quote {id: 'nicole-yorkin-thr-international-hit'}), (o:NewsSource {id: 'the-hollywood-reporter'})
MERGE (s)-[:GIVEN_TO]->(o)
MERGE (c:Claim {id: 'claim/nicole-yorkin-thr-international-hit/given-to/the-hollywood-reporter'})
SET c += {predicate: 'GIVEN_TO', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1863}]->(src)
SET sb0.quote = 'during an interview with The Hollywood Reporter', sb0.end = 1910;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Quote {id: 'nicole-yorkin-thr-episode-cost'}), (o:Person {id: 'nicole-yorkin'})
MERGE (s)-[:SAID_BY]->(o)
MERGE (c:Claim {id: 'claim/nicole-yorkin-thr-episode-cost/said-by/nicole-yorkin'})
SET c += {predicate: 'SAID_BY', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2013}]->(src)
SET sb0.quote = 'say Nicole Yorkin', sb0.end = 2030;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Quote {id: 'nicole-yorkin-thr-episode-cost'}), (o:NewsSource {id: 'the-hollywood-reporter'})
MERGE (s)-[:GIVEN_TO]->(o)
MERGE (c:Claim {id: 'claim/nicole-yorkin-thr-episode-cost/given-to/the-hollywood-reporter'})
SET c += {predicate: 'GIVEN_TO', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1863}]->(src)
SET sb0.quote = 'during an interview with The Hollywood Reporter', sb0.end = 1910;

// --- Production factors: what they did to the show ---------------------------------
// AFFECTED is keyed by its effect (two AFFECTED from covid-19), so the effect is in the MERGE pattern.
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'covid-19'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[rel:AFFECTED {effect: 'DELAYED_PRODUCTION'}]->(o)
SET rel += {description: 'Due to the pandemic, production took an inordinately long time to even begin.'}
MERGE (c:Claim {id: 'claim/covid-19/affected/hit-and-run/delayed-production'})
SET c += {predicate: 'AFFECTED', value: 'DELAYED_PRODUCTION', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1473}]->(src)
SET sb0.quote = 'Due to the pandemic, the show’s production took an inordinately long time to even begin', sb0.end = 1560;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'covid-19'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[rel:AFFECTED {effect: 'CONTRIBUTED_TO_CANCELLATION'}]->(o)
SET rel += {description: 'The main cause of the cancellation.'}
MERGE (c:Claim {id: 'claim/covid-19/affected/hit-and-run/contributed-to-cancellation'})
SET c += {predicate: 'AFFECTED', value: 'CONTRIBUTED_TO_CANCELLATION', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1432}]->(src)
SET sb0.quote = 'The COVID-19 pandemic is the main cause', sb0.end = 1471;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-location-changes'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[rel:AFFECTED {effect: 'INCREASED_COST'}]->(o)
SET rel += {description: 'The constantly changing locations between New York and Israel made production costs balloon.'}
MERGE (c:Claim {id: 'claim/hit-and-run-location-changes/affected/hit-and-run/increased-cost'})
SET c += {predicate: 'AFFECTED', value: 'INCREASED_COST', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1566}]->(src)
SET sb0.quote = 'because of the constantly changing locations between New York and Israel, production costs are ballooning', sb0.end = 1671;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-location-changes'}), (o:Location {id: 'new-york'})
MERGE (s)-[:INVOLVES]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run-location-changes/involves/new-york'})
SET c += {predicate: 'INVOLVES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1592}]->(src)
SET sb0.quote = 'changing locations between New York and Israel', sb0.end = 1638;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-location-changes'}), (o:Location {id: 'israel'})
MERGE (s)-[:INVOLVES]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run-location-changes/involves/israel'})
SET c += {predicate: 'INVOLVES', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1592}]->(src)
SET sb0.quote = 'changing locations between New York and Israel', sb0.end = 1638;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-production-cost'}), (o:Show {id: 'hit-and-run'})
MERGE (s)-[rel:AFFECTED {effect: 'CONTRIBUTED_TO_CANCELLATION'}]->(o)
SET rel += {description: 'Expensive even before the pandemic and ballooning since, so that Netflix may not see the series as worth its hefty price tag.'}
MERGE (c:Claim {id: 'claim/hit-and-run-production-cost/affected/hit-and-run/contributed-to-cancellation'})
SET c += {predicate: 'AFFECTED', value: 'CONTRIBUTED_TO_CANCELLATION', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1676}]->(src)
SET sb0.quote = 'Netflix may not see the series as worth its hefty price tag', sb0.end = 1735
MERGE (c)-[sb1:SUPPORTED_BY {start: 1738}]->(src)
SET sb1.quote = 'Even Hit & Run was expensive to make before the pandemic', sb1.end = 1794;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:ProductionFactor {id: 'hit-and-run-production-cost'}), (o:Show {id: 'fauda'})
MERGE (s)-[rel:COMPARED_WITH]->(o)
SET rel += {description: 'One episode of Hit & Run cost as much as two full seasons of Fauda.'}
MERGE (c:Claim {id: 'claim/hit-and-run-production-cost/compared-with/fauda'})
SET c += {predicate: 'COMPARED_WITH', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 2033}]->(src)
SET sb0.quote = 'One episode of our film is equivalent to two full seasons of ‘Fauda’', sb0.end = 2101;

// --- Places: where it is set and where it was filmed -----------------------------
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (o:Location {id: 'tel-aviv'})
MERGE (s)-[:SET_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/set-in/tel-aviv'})
SET c += {predicate: 'SET_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 521}]->(src)
SET sb0.quote = 'killed in a mysterious hit-and-run accident in Tel Aviv', sb0.end = 576;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (o:Location {id: 'united-states'})
MERGE (s)-[:SET_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/set-in/united-states'})
SET c += {predicate: 'SET_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 642}]->(src)
SET sb0.quote = 'who has fled to the US', sb0.end = 664;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (o:Location {id: 'new-york'})
MERGE (s)-[:FILMED_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/filmed-in/new-york'})
SET c += {predicate: 'FILMED_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1577}]->(src)
SET sb0.quote = 'the constantly changing locations between New York and Israel', sb0.end = 1638;
MATCH (src:Article {id: 'hit-and-run-season-2-release'}), (s:Show {id: 'hit-and-run'}), (o:Location {id: 'israel'})
MERGE (s)-[:FILMED_IN]->(o)
MERGE (c:Claim {id: 'claim/hit-and-run/filmed-in/israel'})
SET c += {predicate: 'FILMED_IN', rank: 'PREFERRED', confidence: 0.6}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[sb0:SUPPORTED_BY {start: 1577}]->(src)
SET sb0.quote = 'the constantly changing locations between New York and Israel', sb0.end = 1638;

// Geography is general knowledge, not stated by the article: these claims have no SUPPORTED_BY
// and confidence 1.0.
MATCH (s:Location {id: 'tel-aviv'}), (o:Location {id: 'israel'})
MERGE (s)-[:WITHIN]->(o)
MERGE (c:Claim {id: 'claim/tel-aviv/within/israel'})
SET c += {predicate: 'WITHIN', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o);
MATCH (s:Location {id: 'new-york'}), (o:Location {id: 'united-states'})
MERGE (s)-[:WITHIN]->(o)
MERGE (c:Claim {id: 'claim/new-york/within/united-states'})
SET c += {predicate: 'WITHIN', rank: 'PREFERRED', confidence: 1.0}
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o);
