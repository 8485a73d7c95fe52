// One index across every kind of entity, for the search query. standard-folding lower-cases
// and strips accents, so "Sanaa", "SANAA" and "Sanáa" all match.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Show|Person|Character|Network|Location|ProductionFactor|NewsSource|Article)
ON EACH [n.title, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
