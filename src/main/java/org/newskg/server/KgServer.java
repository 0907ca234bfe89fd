package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The embedded Fuseki server of a knowledge-graph store: the dataset {@code /kg} (SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, Graph Store read at {@code /kg/get}), the Fuseki console at
 * {@code /}, the linked-data pages of the store's IRIs under {@code /id/} and the SPARQL service description.
 * <p>
 * Read-only unless {@link ServeOptions#allowUpdate()}: then {@code /kg/update}, {@code /kg/data} (Graph Store
 * write, used by the console's upload page) and {@code /kg/upload} answer loopback callers. The admin area
 * {@code /$/...} the console uses answers loopback callers only, and cannot change the server when read-only.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "kg";

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Serves {@code dsg}, whose context gets the union default graph and the query timeout. */
    public static KgServer start(DatasetGraph dsg, ServeOptions options) {
        configure(dsg.getContext(), options);
        // FMod_Admin takes its run area from FUSEKI_BASE, read from the system properties before the environment.
        Lib.setenv(FusekiServerCtl.envFusekiBase, options.runArea().toAbsolutePath().toString());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                // Admin first: it sets up the run area the UI module looks for.
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .add(DATASET, dataService(dsg, options.allowUpdate()))
                .enableCors(true)
                .addFilter("/$/*", new RequestGuard(request -> !RequestGuard.fromLoopback(request)))
                .addFilter("/" + DATASET + "/sparql", new ServiceDescription(dsg))
                .addServlet("/id/*", new LinkedDataServlet(dsg, options.base(), DATASET));
        if (options.allowUpdate()) {
            builder.addFilter("/" + DATASET + "/*",
                    new RequestGuard(request -> writes(request) && !RequestGuard.fromLoopback(request)));
        } else {
            builder.addFilter("/$/*", new RequestGuard(KgServer::changesServer));
        }
        return new KgServer(builder.build().start());
    }

    private static void configure(Context context, ServeOptions options) {
        context.set(TDB2.symUnionDefaultGraph, true);
        if (options.timeoutSeconds() > 0) {
            // Fuseki reads it in milliseconds.
            context.set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        }
    }

    /** Fuseki's standard read services, plus the write ones when allowed (never on the dataset URL itself). */
    private static DataService.Builder dataService(DatasetGraph dsg, boolean allowUpdate) {
        // The console sends queries to the first endpoint listed: /kg/sparql.
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R);
        if (allowUpdate) {
            service.addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.GSP_RW, "data")
                    .addEndpoint(Operation.Upload, "upload");
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        return service;
    }

    private static boolean writes(HttpServletRequest request) {
        String path = RequestGuard.path(request);
        String dataset = "/" + DATASET + "/";
        return path.equals(dataset + "update") || path.equals(dataset + "upload")
                || (path.equals(dataset + "data") && !RequestGuard.reads(request));
    }

    /** Admin requests that add, remove, back up or compact datasets; the console's validators only parse. */
    private static boolean changesServer(HttpServletRequest request) {
        return !RequestGuard.reads(request) && !RequestGuard.path(request).startsWith("/$/validate/");
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The console's address on this machine. */
    public String consoleUrl() {
        return fuseki.serverURL();
    }

    public String sparqlUrl() {
        return fuseki.datasetURL(DATASET) + "/sparql";
    }

    public FusekiServer fuseki() {
        return fuseki;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
