package dev.showgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j Community DBMS in this JVM with only the Bolt connector, on 127.0.0.1.
 *
 * <p>The Node launcher (src/neo4j/embedded) talks to this process through three channels:
 *
 * <ul>
 *   <li>stdout: exactly one line {@code SHOWGRAPH_NEO4J_READY bolt://127.0.0.1:PORT} once the
 *       default database accepts transactions, or {@code SHOWGRAPH_NEO4J_FAILED message};
 *   <li>stdin: the parent keeps it open for as long as it wants Neo4j. End of file means the parent
 *       is gone, even if it was killed with SIGKILL and could not say goodbye, so we shut down
 *       instead of lingering as an orphan that holds the store lock and the port;
 *   <li>signals: SIGINT and SIGTERM run the shutdown hook, which closes the store cleanly.
 * </ul>
 *
 * <p>Options: {@code --home DIR} (required), {@code --bolt-port N} (0 picks a free port),
 * {@code --page-cache SIZE} (e.g. 128m), {@code --username NAME} (default neo4j). Authentication
 * is on: the environment variable {@code SHOWGRAPH_NEO4J_PASSWORD} is that user's password.
 */
public final class EmbeddedNeo4j {
    private static final String READY = "SHOWGRAPH_NEO4J_READY";
    private static final String FAILED = "SHOWGRAPH_NEO4J_FAILED";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final String PASSWORD_VARIABLE = "SHOWGRAPH_NEO4J_PASSWORD";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        Map<String, String> options = parseOptions(args);
        Path home = Path.of(require(options, "--home")).toAbsolutePath();
        int boltPort = Integer.parseInt(options.getOrDefault("--bolt-port", "7687"));
        long pageCache = ByteUnit.parse(options.getOrDefault("--page-cache", "128m"));
        // 0: Neo4j's default (no per-transaction cap; all transactions together get 70% of the heap).
        long transactionMemory = ByteUnit.parse(options.getOrDefault("--transaction-memory", "0"));
        String username = options.getOrDefault("--username", "neo4j");
        // From the environment, not the command line, which every local user can read with ps.
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            fail(new IllegalArgumentException(PASSWORD_VARIABLE + " is not set"));
            return;
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Loopback is not private: any local process, and web pages through the
                    // user's browser, can reach it (see BoltWebSocketGuard).
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
                    // Bolt waits 5 s per step for clients to leave on shutdown; ours are gone by
                    // then (the service closes its driver first), so Ctrl-C need not take 10 s.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdownWithin(dbms, SHUTDOWN_GRACE), "neo4j-shutdown"));

        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(STARTUP_TIMEOUT.toMillis())) {
                throw new IllegalStateException("database 'neo4j' not available after " + STARTUP_TIMEOUT);
            }
            setPassword(dbms, username, password);
            BoltWebSocketGuard.install(db.getDependencyResolver());
            int port = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            System.out.println(READY + " bolt://127.0.0.1:" + port);
            System.out.flush();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }

        waitForEndOfInput(System.in);
        System.exit(0);
    }

    /**
     * Gives the user the launcher's password on every start: a new store's {@code neo4j} user has
     * the well-known password "neo4j", and a store made while authentication was off has the same;
     * the embedded API runs with full rights, so no old password is needed. Neo4j refuses to set
     * the password a user already has, which is the usual case after the first start.
     */
    private static void setPassword(DatabaseManagementService dbms, String username, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER $username SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("username", username, "password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The parent never writes; we only care that the pipe is still open.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end of file: nobody is left to serve.
        }
    }

    /** Shuts down, but never hangs the JVM exit forever on a stuck store. */
    private static void shutdownWithin(DatabaseManagementService dbms, Duration grace) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(grace.toMillis());
                System.err.println(FAILED + " shutdown took longer than " + grace + "; halting");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "neo4j-shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        dbms.shutdown();
        watchdog.interrupt();
    }

    private static void fail(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        System.out.println(FAILED + " " + error.getMessage() + (root != error ? " (cause: " + root + ")" : ""));
        System.out.flush();
        error.printStackTrace();
        Runtime.getRuntime().halt(1);
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return value;
    }
}
