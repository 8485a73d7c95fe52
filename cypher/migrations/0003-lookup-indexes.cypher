// nameKey is the normalised name (lower case, no accents), so case-insensitive exact lookups
// and name sorting are index seeks rather than label scans.
CREATE INDEX show_name_key IF NOT EXISTS FOR (n:Show) ON (n.nameKey);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX character_name_key IF NOT EXISTS FOR (n:Character) ON (n.nameKey);
CREATE INDEX network_name_key IF NOT EXISTS FOR (n:Network) ON (n.nameKey);
CREATE INDEX location_name_key IF NOT EXISTS FOR (n:Location) ON (n.nameKey);
CREATE INDEX production_factor_name_key IF NOT EXISTS FOR (n:ProductionFactor) ON (n.nameKey);
CREATE INDEX news_source_name_key IF NOT EXISTS FOR (n:NewsSource) ON (n.nameKey);
CREATE INDEX article_name_key IF NOT EXISTS FOR (n:Article) ON (n.nameKey);
CREATE INDEX show_title IF NOT EXISTS FOR (n:Show) ON (n.title);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX show_premiere_date IF NOT EXISTS FOR (n:Show) ON (n.premiereDate);
CREATE INDEX show_kind IF NOT EXISTS FOR (n:Show) ON (n.kind);
CREATE INDEX show_status IF NOT EXISTS FOR (n:Show) ON (n.status);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
// Text indexes serve "name contains" filters.
CREATE TEXT INDEX show_name_key_text IF NOT EXISTS FOR (n:Show) ON (n.nameKey);
CREATE TEXT INDEX person_name_key_text IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
