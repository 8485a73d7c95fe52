// An IMDb, TMDB, TVmaze or Wikidata id names exactly one show or person.
CREATE CONSTRAINT show_imdb_id IF NOT EXISTS FOR (n:Show) REQUIRE n.imdbId IS UNIQUE;
CREATE CONSTRAINT show_tmdb_id IF NOT EXISTS FOR (n:Show) REQUIRE n.tmdbId IS UNIQUE;
CREATE CONSTRAINT show_tvmaze_id IF NOT EXISTS FOR (n:Show) REQUIRE n.tvmazeId IS UNIQUE;
CREATE CONSTRAINT show_wikidata_id IF NOT EXISTS FOR (n:Show) REQUIRE n.wikidataId IS UNIQUE;
CREATE CONSTRAINT person_imdb_id IF NOT EXISTS FOR (n:Person) REQUIRE n.imdbId IS UNIQUE;
CREATE CONSTRAINT person_tmdb_id IF NOT EXISTS FOR (n:Person) REQUIRE n.tmdbId IS UNIQUE;
CREATE CONSTRAINT person_tvmaze_id IF NOT EXISTS FOR (n:Person) REQUIRE n.tvmazeId IS UNIQUE;
CREATE CONSTRAINT person_wikidata_id IF NOT EXISTS FOR (n:Person) REQUIRE n.wikidataId IS UNIQUE;
