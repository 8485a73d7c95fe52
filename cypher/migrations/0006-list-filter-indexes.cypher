// Root lists (shows, people, characters, networks, locations, productionFactors): every filter
// starts from an index. "Name contains" on the remaining named labels:
CREATE TEXT INDEX character_name_key_text IF NOT EXISTS FOR (n:Character) ON (n.nameKey);
CREATE TEXT INDEX network_name_key_text IF NOT EXISTS FOR (n:Network) ON (n.nameKey);
CREATE TEXT INDEX location_name_key_text IF NOT EXISTS FOR (n:Location) ON (n.nameKey);
CREATE TEXT INDEX production_factor_name_key_text IF NOT EXISTS FOR (n:ProductionFactor) ON (n.nameKey);
// Kind filters:
CREATE INDEX network_kind IF NOT EXISTS FOR (n:Network) ON (n.kind);
CREATE INDEX location_kind IF NOT EXISTS FOR (n:Location) ON (n.kind);
CREATE INDEX production_factor_kind IF NOT EXISTS FOR (n:ProductionFactor) ON (n.kind);
// people(filter: {job}) starts from the crew credits with that job.
CREATE INDEX worked_on_job IF NOT EXISTS FOR ()-[r:WORKED_ON]-() ON (r.job);
