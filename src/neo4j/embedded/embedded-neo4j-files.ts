import { join } from "node:path";

import { projectRoot } from "../../common/project-root.js";

/** The Maven project that packages Neo4j, and what its build leaves behind. */
export const embeddedNeo4jFiles = {
  mavenProject: join(projectRoot, "embedded-neo4j"),
  pom: join(projectRoot, "embedded-neo4j", "pom.xml"),
  javaSources: join(projectRoot, "embedded-neo4j", "src"),
  jar: join(projectRoot, "embedded-neo4j", "target", "showgraph-embedded-neo4j.jar"),
  libraries: join(projectRoot, "embedded-neo4j", "target", "lib"),
  buildStamp: join(projectRoot, "embedded-neo4j", "target", "showgraph-build.sha256"),
  mainClass: "dev.showgraph.neo4j.EmbeddedNeo4j",
};
