// Search ranks every kind of entity in one list, so every hit must be scored against the same
// statistics. entity_search (0004) indexes `title` and `name` as two Lucene fields, and Lucene
// weighs a word by how rare it is in its own field: "hit" ranked the production factor "Hit & Run
// production cost" (one of many names) above the show Hit & Run (one of three titles). This index
// has one field, `nameKey`: the title or name already lower-cased and stripped of accents
// (docs/model.md), present on every searchable label. No stop words: a show called "It" or "Them",
// or a query "the hollywood reporter", must count every word.
CREATE FULLTEXT INDEX entity_name_search IF NOT EXISTS
FOR (n:Show|Person|Character|Network|Location|ProductionFactor|NewsSource|Article)
ON EACH [n.nameKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Nothing queries entity_search any more; dropping it saves a second full-text update per write.
DROP INDEX entity_search IF EXISTS;
