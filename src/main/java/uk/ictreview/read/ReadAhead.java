package uk.ictreview.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Parses a sheet on a thread of its own while the caller's thread validates the rows already parsed: on a
 * million-row log the parsing (unzipping, XML, decoding cells) and the validating are each about half the work, and
 * the machine has two cores (docs/performance.md). Rows reach the sink on the caller's thread, in order, in batches,
 * so what the sink does (diagnostics, records) is exactly what a single thread does. A failure while parsing is
 * rethrown on the caller's thread as it was thrown; a failure in the sink stops the parsing thread before it goes on.
 */
final class ReadAhead {
    /** Rows per hand-over: a batch costs one queue operation, not one per row. */
    static final int BATCH = 256;
    /** Batches parsed ahead at most: a few thousand rows, a few MB, whatever the sheet's length. */
    static final int AHEAD = 8;

    private static final Object END = new Object();

    /** Parses rows into the sink it is given; may throw what the parser throws. */
    @FunctionalInterface
    interface Parser<E extends Exception> {
        void parse(Consumer<RawRow> sink) throws E;
    }

    /** Thrown in the parsing thread when the caller has stopped taking rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean stopped;
    private final AtomicReference<Throwable> died = new AtomicReference<>();
    private Thread producer;

    private ReadAhead() {}

    /** Runs {@code parser} on a thread of its own and hands every row it makes to {@code sink} on this thread. */
    @SuppressWarnings("unchecked")
    static <E extends Exception> void read(Parser<E> parser, Consumer<RawRow> sink) throws E {
        ReadAhead r = new ReadAhead();
        Thread t = Handover.start(() -> r.produce(parser), "ictreview-sheet-parser", r.died);
        r.producer = t;
        Object failure = null;
        try {
            failure = r.consume(sink);
        } finally {
            r.stopped = true;
            r.queue.clear(); // frees a parser waiting to hand over a batch, so that it sees the stop
            Handover.join(t);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw (E) failure;
        }
    }

    /** Takes batches until the end or a failure; returns the parser's failure, or null. */
    private Object consume(Consumer<RawRow> sink) {
        while (true) {
            Object o = take();
            if (o instanceof RawRow[] batch) {
                for (RawRow row : batch) {
                    if (row == null) {
                        break;
                    }
                    sink.accept(row);
                }
            } else {
                return o == END ? null : o;
            }
        }
    }

    private void produce(Parser<?> parser) {
        RawRow[][] batch = {new RawRow[BATCH]};
        int[] count = {0};
        Object last = END;
        try {
            parser.parse(row -> {
                batch[0][count[0]++] = row;
                if (count[0] == BATCH) {
                    put(batch[0]);
                    batch[0] = new RawRow[BATCH];
                    count[0] = 0;
                }
            });
        } catch (Stopped e) {
            return;
        } catch (Exception | Error e) {
            last = e;
        }
        try {
            // the rows parsed before a failure go first, as a single thread would have handed them on
            if (count[0] > 0) {
                put(batch[0]);
            }
            put(last);
        } catch (Stopped e) {
            // the caller stopped taking rows: it has its own failure to report
        }
    }

    /** Hands an item over, waiting while the queue is full, until the caller stops taking them. */
    private void put(Object item) {
        if (stopped) {
            throw new Stopped();
        }
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private Object take() {
        try {
            return Handover.take(queue, producer, died);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        }
    }
}
