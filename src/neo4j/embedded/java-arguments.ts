import { delimiter, join } from "node:path";

import type { EmbeddedNeo4jConfig } from "../../config/config.js";
import { embeddedNeo4jFiles } from "./embedded-neo4j-files.js";

/**
 * The JVM flags Neo4j 5's own launcher passes (see its neo4j.conf), trimmed to what an embedded,
 * single-user DBMS needs: Neo4j reaches into java.nio and sun.nio.ch for its page cache and
 * network buffers, which JDK 17 forbids unless the packages are opened.
 */
export function javaArguments(config: EmbeddedNeo4jConfig): string[] {
  return [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-cp",
    [embeddedNeo4jFiles.jar, join(embeddedNeo4jFiles.libraries, "*")].join(delimiter),
    embeddedNeo4jFiles.mainClass,
    "--home",
    config.home,
    "--bolt-port",
    String(config.boltPort),
    "--username",
    config.username,
    "--page-cache",
    config.pageCache,
    ...(config.transactionMemory ? ["--transaction-memory", config.transactionMemory] : []),
  ];
}
