package uk.ictreview.read;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starting, joining and taking what a reading thread hands over ({@link ReadAhead}, {@link StreamAhead}), never
 * waiting for ever on it: the other thread hands over every failure it meets, but one that ended it outside its own
 * handling (out of memory while handing over) would otherwise leave the taker waiting on an empty queue. Such a
 * thread is seen to have ended, and what ended it is thrown here as it was thrown there.
 */
final class Handover {
    /** How often a taker that has waited looks whether the other thread still runs. */
    private static final long LOOK_MS = 100;

    private Handover() {}

    /** Starts {@code work} on a daemon thread whose uncaught failure, if any, goes to {@code died}. */
    static Thread start(Runnable work, String name, AtomicReference<Throwable> died) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> died.set(e));
        t.start();
        return t;
    }

    /** The next item from {@code queue}, put there by {@code from}; throws what ended {@code from} without one. */
    static Object take(BlockingQueue<?> queue, Thread from, AtomicReference<Throwable> died)
            throws InterruptedException {
        while (true) {
            Object o = queue.poll(LOOK_MS, TimeUnit.MILLISECONDS);
            if (o != null) {
                return o;
            }
            if (!from.isAlive()) {
                o = queue.poll(); // it may have handed over its last item as it ended
                if (o != null) {
                    return o;
                }
                Throwable t = died.get();
                if (t instanceof Error e) {
                    throw e;
                }
                if (t instanceof RuntimeException e) {
                    throw e;
                }
                throw new IllegalStateException(
                        "the thread " + from.getName() + " ended without handing over the rest of the sheet", t);
            }
        }
    }

    /** Waits for {@code t} to end, keeping this thread's interrupt for later rather than giving up the wait. */
    static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
