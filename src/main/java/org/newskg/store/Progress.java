package org.newskg.store;

import java.io.PrintWriter;

/**
 * A one-line progress counter for a terminal ({@code extracting 12/40}), redrawn in place on stderr. Silent
 * when output is not a terminal, so that logs and pipes get the summary only. Safe to advance from several
 * threads.
 */
public final class Progress {

    /** Told of each step of a build, for tools that watch one ({@code kg bench}). */
    public interface Listener {
        void update(String phase, int done, int total);
    }

    private final PrintWriter out;
    private final Listener listener;
    private String phase;
    private int total;
    private int done;

    private Progress(PrintWriter out, Listener listener) {
        this.out = out;
        this.listener = listener;
    }

    /** Progress on {@code err} when the program runs on a terminal, else none. */
    public static Progress onTerminal(PrintWriter err) {
        return System.console() != null ? new Progress(err, null) : none();
    }

    public static Progress none() {
        return new Progress(null, null);
    }

    /** Progress told to a listener, on the thread that makes it, instead of drawn. */
    public static Progress to(Listener listener) {
        return new Progress(null, listener);
    }

    public synchronized void start(String phase, int total) {
        this.phase = phase;
        this.total = total;
        this.done = 0;
        draw();
    }

    public synchronized void step() {
        done++;
        draw();
    }

    /** Clears the line, so that what is printed next starts clean. */
    public synchronized void finish() {
        if (out != null && phase != null) {
            out.print("\r\033[K");
            out.flush();
        }
        phase = null;
    }

    private void draw() {
        if (listener != null) {
            listener.update(phase, done, total);
        }
        if (out != null && total > 0) {
            out.print("\r\033[K" + phase + " " + done + "/" + total);
            out.flush();
        }
    }
}
