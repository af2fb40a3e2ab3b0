package uk.ictreview.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An input stream read ahead on a thread of its own: a sheet's part is unzipped there while the XML parser works on
 * what was unzipped before. Unzipping was a fifth of the parsing thread's time on a million-row sheet, and that
 * thread sets the pace of the whole read (docs/performance.md). The bytes come out exactly as the source gives them;
 * a failure of the source is thrown where the reader reaches it. A fixed set of buffers goes round, so reading a
 * sheet of any size makes no garbage. Closing it stops the thread; the source itself is the caller's to close.
 */
final class StreamAhead extends InputStream {
    static final int CHUNK = 1 << 16;
    static final int CHUNKS = 8;

    private static final class Chunk {
        final byte[] bytes = new byte[CHUNK];
        int length;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread thread;
    private final AtomicReference<Throwable> died = new AtomicReference<>();
    private volatile boolean closed;
    private Chunk chunk;
    private int at;
    private Object ended;

    StreamAhead(InputStream source) {
        for (int i = 0; i < CHUNKS; i++) {
            free.add(new Chunk());
        }
        thread = Handover.start(() -> pump(source), "ictreview-unzip", died);
    }

    /** Fills chunks from the source and hands them on; the bytes read before a failure go first, then the failure. */
    private void pump(InputStream source) {
        while (true) {
            Chunk c = await(free);
            if (c == null) {
                return;
            }
            Object last = null;
            int n = 0;
            try {
                while (n < CHUNK) {
                    int k = source.read(c.bytes, n, CHUNK - n);
                    if (k < 0) {
                        last = END;
                        break;
                    }
                    n += k;
                }
            } catch (IOException | RuntimeException | Error e) {
                last = e;
            }
            c.length = n;
            if (n > 0 && !hand(c)) {
                return;
            }
            if (last != null) {
                if (n == 0) {
                    free.add(c);
                }
                hand(last);
                return;
            }
        }
    }

    /** Takes from a queue, waiting until the reader closes; null once it has. */
    private <T> T await(BlockingQueue<T> queue) {
        try {
            T t = null;
            while (t == null && !closed) {
                t = queue.poll(50, TimeUnit.MILLISECONDS);
            }
            return t;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Hands an item to the reader; false once it has closed. */
    private boolean hand(Object item) {
        try {
            while (!full.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        return fill() ? chunk.bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk.bytes, at, b, off, n);
        at += n;
        return n;
    }

    /** True when there is a byte to read, taking the next chunk when this one is used up. */
    private boolean fill() throws IOException {
        while (chunk == null || at == chunk.length) {
            if (ended != null) {
                return rethrow(ended);
            }
            if (chunk != null) {
                free.add(chunk); // room for it: at most CHUNKS go round
                chunk = null;
            }
            Object o;
            try {
                o = Handover.take(full, thread, died);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading a sheet");
            }
            if (o instanceof Chunk c) {
                chunk = c;
                at = 0;
            } else {
                ended = o;
            }
        }
        return true;
    }

    private static boolean rethrow(Object ended) throws IOException {
        if (ended instanceof IOException e) {
            throw e;
        }
        if (ended instanceof RuntimeException e) {
            throw e;
        }
        if (ended instanceof Error e) {
            throw e;
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        full.clear();
        Handover.join(thread);
    }
}
