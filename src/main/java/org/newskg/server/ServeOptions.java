package org.newskg.server;

import java.nio.file.Path;

/**
 * How {@link KgServer} serves a store.
 *
 * @param port           HTTP port; 0 picks a free one
 * @param base           the IRI base of the store's resources, served under {@code /id/}
 * @param timeoutSeconds query timeout; 0 for none
 * @param allowUpdate    open SPARQL update and upload to loopback callers
 * @param runArea        writable directory for Fuseki's admin area (FUSEKI_BASE)
 */
public record ServeOptions(int port, String base, int timeoutSeconds, boolean allowUpdate, Path runArea) {
}
