package org.aidsim.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on stderr for long work: it appears only after a second, only when stderr is a
 * terminal (never in pipes, files or CI logs), and is erased when the work ends. A few lines of our own
 * rather than a library that would bring a terminal library into the jar for one line of output.
 */
final class ProgressBar implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private final AtomicLong done;
    private final long total;
    private final Thread painter;
    private volatile boolean drawn;

    ProgressBar(String label, AtomicLong done, long total) {
        this.done = done;
        this.total = total;
        this.painter = new Thread(() -> paint(label), "aidsim-progress");
        painter.setDaemon(true);
        if (stderrIsTerminal()) {
            painter.start();
        }
    }

    private void paint(String label) {
        long start = System.currentTimeMillis();
        PrintStream err = System.err;
        try {
            Thread.sleep(DELAY_MS);
            while (!Thread.currentThread().isInterrupted()) {
                long now = done.get();
                int width = 30;
                int filled = (int) (width * now / Math.max(1, total));
                double seconds = (System.currentTimeMillis() - start) / 1000.0;
                String eta = now == 0 ? "?" : String.format(Locale.ROOT, "%.0fs", seconds * (total - now) / now);
                err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + String.format(Locale.ROOT, "%,d/%,d", now, total) + " eta " + eta + "   ");
                err.flush();
                drawn = true;
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (drawn) {
            System.err.print("\r" + " ".repeat(80) + "\r");
            System.err.flush();
        }
    }

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
