/*
 * actorgraph/scripts/neo4j/Launcher — a real Neo4j 5 server for development and tests, with no
 * Docker and no tarball: embedded Neo4j (DatabaseManagementServiceBuilder) plus its Bolt connector,
 * all from Maven Central (see pom.xml). Run it with a single-file source launch:
 *
 *   java -cp 'lib/*' Launcher.java
 *
 * Environment (all optional):
 *   NEO4J_PORT      Bolt port on 127.0.0.1                    (default 7687)
 *   NEO4J_PASSWORD  initial password of user neo4j            (default actorgraph-dev)
 *   NEO4J_HOME      home directory; the store lives in it     (default ../../data/neo4j)
 *   NEO4J_PAGECACHE page cache size in MiB                    (default 512)
 *   NEO4J_TX_MEMORY memory one transaction may use, e.g. 256m (default a quarter of the heap);
 *                   all transactions together get at most 60 % of the heap
 *
 * A neo4j.conf in NEO4J_HOME, when there is one, is read last: any Neo4j setting, ours included,
 * can be changed there (e.g. server.memory.pagecache.size=2g) without editing this file.
 *
 * Prints "BOLT READY 127.0.0.1:<port>" on stdout once a driver can log in; scripts/neo4j/ctl.mjs
 * waits for that line. SIGTERM (kill <pid>) runs the shutdown hook: a clean shutdown, so the next
 * start needs no recovery.
 *
 * Bulk import without a restart (`actorgraph load --bulk`, src/store/bulk/import-tool.ts): a file
 * NEO4J_HOME/bulk-import.request (the database name on its first line, then one argument of
 * `neo4j-admin database import full` per line) makes this server count the database's nodes,
 * refuse unless it is empty, stop that database, run Neo4j's importer in this JVM (AdminTool,
 * from neo4j-import-tool on the classpath), start the database again and answer in
 * bulk-import.result ("ok", "refused <nodes>", "failed <exit code>" or "error <message>"); the
 * importer's output goes to NEO4J_HOME/import.log. Why: stopping and starting the whole server
 * around an import, and starting a second JVM for the importer, took 1–2 minutes on this
 * 2-core machine; stopping one database takes under a second. Why a file and not Bolt: only the
 * user who owns the home can write it (the same who could stop the server and replace its
 * store), and nothing reachable over the network can start an import.
 */
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.dbms.database.DatabaseContextProvider;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileUtils;
import org.neo4j.kernel.database.AbstractDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import inet.ipaddr.IPAddressString;

public class Launcher {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "actorgraph-dev");
        Path home = Path.of(env("NEO4J_HOME", "../../data/neo4j")).toAbsolutePath().normalize();
        long pageCacheMiB = Long.parseLong(env("NEO4J_PAGECACHE", "512"));
        // Why caps on transaction memory: the JVM runs with -XX:+ExitOnOutOfMemoryError, so one
        // query that collects a billion values would otherwise end the server for everyone. With
        // the caps Neo4j stops that query with MemoryPoolOutOfMemoryError and goes on serving.
        long heap = Runtime.getRuntime().maxMemory();
        long txMax = bytes(env("NEO4J_TX_MEMORY", String.valueOf(heap / 4)));

        // Why an import folder of our own, file URLs off and every address blocked for LOAD CSV: the
        // server runs as the user, so LOAD CSV FROM 'file:///…' would read any file the user can,
        // and 'http://…' would make it fetch any URL. actorgraph never uses LOAD CSV; the read-only
        // path also refuses it from the plan (src/store/plan-check.ts), whatever the server.
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Modest memory: this runs beside the tests on a 2-core machine.
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMax)
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, Math.max(txMax, heap * 6 / 10))
            // A dev server needs no transaction log history for backups.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Why: on shutdown the Bolt server waits this many seconds of quiet on each of its two
            // event loop groups (default 5 s): 10 of the 11 s a stop took, with no connection left.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
        Path conf = home.resolve("neo4j.conf");
        if (Files.exists(conf)) builder.loadPropertiesFromFile(conf);
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("BOLT STOPPING");
            dbms.shutdown();
            System.out.println("BOLT STOPPED");
            stopped.countDown();
        }, "actorgraph-shutdown"));

        setInitialPassword(dbms, password);
        watchBulkImports(dbms, home);
        // (src/store/bulk/import-tool.ts looks for this line: a server started by an older launcher has no watcher)
        System.out.println("BOLT BULK IMPORT bulk-import.request");
        System.out.println("BOLT READY 127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /**
     * Why here and not with neo4j-admin: embedded Neo4j has no admin tool, but the system database
     * takes the same user-management Cypher. Only a password that still has to be changed (a new
     * store: user neo4j, password "neo4j") is replaced, so a password the user set later survives.
     */
    static void setInitialPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean mustChange = system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
            Map.of(),
            r -> r.hasNext() && Boolean.TRUE.equals(r.next().get("passwordChangeRequired")));
        if (mustChange) {
            system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            System.out.println("BOLT initial password set for user neo4j");
        }
    }

    /**
     * Looks for NEO4J_HOME/bulk-import.request every 100 ms (a stat call: nothing to speak of) on a
     * daemon thread, and serves each request in turn (see the top of this file).
     */
    static void watchBulkImports(DatabaseManagementService dbms, Path home) {
        Path request = home.resolve("bulk-import.request");
        // A request left from before this start belongs to a command that has given up (it fails when the server stops).
        try { Files.deleteIfExists(request); } catch (Exception ignored) { }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    if (Files.exists(request)) {
                        List<String> lines = Files.readAllLines(request);
                        Files.delete(request);
                        answer(home, bulkImport(dbms, home, lines.get(0), lines.subList(1, lines.size())));
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Throwable e) {
                    try { answer(home, "error " + e); } catch (Exception ignored) { }
                }
            }
        }, "actorgraph-bulk-import");
        t.setDaemon(true);
        t.start();
    }

    static String bulkImport(DatabaseManagementService dbms, Path home, String name, List<String> args) throws Exception {
        long nodes = dbms.database(name).executeTransactionally("MATCH (n) RETURN count(n) AS n", Map.of(), r -> (Long) r.next().get("n"));
        if (nodes > 0) return "refused " + nodes;
        // Internal API: Community refuses STOP DATABASE, but the database object stops and starts.
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        DatabaseContextProvider<?> databases = system.getDependencyResolver().resolveDependency(DatabaseContextProvider.class);
        AbstractDatabase database = databases.getDatabaseContext(name).orElseThrow().database();
        database.stop();
        int code = -1;
        try (PrintStream log = new PrintStream(Files.newOutputStream(home.resolve("import.log")), true, "UTF-8")) {
            List<String> argv = new java.util.ArrayList<>(List.of("database", "import", "full", name));
            argv.addAll(args);
            code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), log, log, new DefaultFileSystemAbstraction()), argv.toArray(String[]::new));
        } finally {
            if (code != 0) {
                // The database was empty: leave an empty one (made anew when it starts), not half a store.
                FileUtils.deleteDirectory(home.resolve("data").resolve("databases").resolve(name));
                FileUtils.deleteDirectory(home.resolve("data").resolve("transactions").resolve(name));
            }
            database.start();
        }
        return code == 0 ? "ok" : "failed " + code;
    }

    /** Written whole, then renamed, so the reader never sees half an answer. */
    static void answer(Path home, String outcome) throws Exception {
        Path tmp = home.resolve("bulk-import.result.tmp");
        Files.writeString(tmp, outcome + "\n");
        Files.move(tmp, home.resolve("bulk-import.result"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** "256m", "1g", "512k" or a number of bytes. */
    static long bytes(String v) {
        String t = v.trim().toLowerCase();
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
