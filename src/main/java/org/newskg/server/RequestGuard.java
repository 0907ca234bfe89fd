package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.function.Predicate;

/** A servlet filter answering 403 to the requests a rule refuses, and passing the others on. */
final class RequestGuard implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Predicate<HttpServletRequest> refused;

    RequestGuard(Predicate<HttpServletRequest> refused) {
        this.refused = refused;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused.test((HttpServletRequest) request)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromLoopback(HttpServletRequest request) {
        String address = request.getRemoteAddr().replaceAll("^\\[|]$", "");
        try {
            // A literal address: no name lookup happens.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean reads(HttpServletRequest request) {
        return READ_METHODS.contains(request.getMethod());
    }

    /** The request path inside the server, as sent (not percent-decoded). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
