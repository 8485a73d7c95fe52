// The graph's write version (src/neo4j/graph-version.ts): one node, raised by every write
// transaction that changes data. Unique, so two first writes at the same moment cannot make two.
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE;
