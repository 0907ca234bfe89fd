package org.newskg.store;

import java.io.PrintWriter;

/**
 * A one-line progress counter for a terminal ({@code extracting 12/40}), redrawn in place on stderr. Silent
 * when output is not a terminal, so that logs and pipes get the summary only. Safe to advance from several
 * threads.
 */
public final class Progress {

    private final PrintWriter out;
    private String phase;
    private int total;
    private int done;

    private Progress(PrintWriter out) {
        this.out = out;
    }

    /** Progress on {@code err} when the program runs on a terminal, else none. */
    public static Progress onTerminal(PrintWriter err) {
        return System.console() != null ? new Progress(err) : none();
    }

    public static Progress none() {
        return new Progress(null);
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
        if (out != null && total > 0) {
            out.print("\r\033[K" + phase + " " + done + "/" + total);
            out.flush();
        }
    }
}
