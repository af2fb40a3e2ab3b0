package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The threads that parse and unzip ahead hand on exactly what a single thread gives, failures included. */
class ReadAheadTest {
    private static RawRow row(int n) {
        ArrayList<RawCell> cells = new ArrayList<>();
        cells.add(RawCell.text(0, "INC-" + n));
        return RawRow.of(n, cells);
    }

    @Test
    void everyRowArrivesInOrderOnTheCallersThread() throws Exception {
        // 1,000 rows: three full batches of 256 and one of 232, more than the queue holds at once
        int rows = ReadAhead.BATCH * 3 + 232;
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();
        ReadAhead.<RuntimeException>read(
                sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.accept(row(i));
                    }
                },
                r -> {
                    seen.add(r.number());
                    threads.add(Thread.currentThread());
                });
        assertThat(seen).hasSize(1000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        assertThat(threads).containsOnly(caller);
    }

    @Test
    void aParseFailureReachesTheCallerAfterTheRowsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        XMLStreamException bad = new XMLStreamException("unexpected end of file");
        assertThatThrownBy(() -> ReadAhead.<XMLStreamException>read(
                        sink -> {
                            for (int i = 1; i <= 300; i++) {
                                sink.accept(row(i));
                            }
                            throw bad;
                        },
                        r -> seen.add(r.number())))
                .isSameAs(bad);
        assertThat(seen).hasSize(300);
    }

    @Test
    void aFailureInTheSinkStopsTheParser() {
        int[] made = {0};
        IllegalStateException stop = new IllegalStateException("sink failed");
        assertThatThrownBy(() -> ReadAhead.<RuntimeException>read(
                        sink -> {
                            for (int i = 1; i <= 1_000_000; i++) {
                                made[0]++;
                                sink.accept(row(i));
                            }
                        },
                        r -> {
                            if (r.number() == 10) {
                                throw stop;
                            }
                        }))
                .isSameAs(stop);
        // the parser stops at the next hand-over once the queue is full: far short of the million rows
        assertThat(made[0]).isLessThan(ReadAhead.BATCH * (ReadAhead.AHEAD + 3));
    }

    @Test
    void theUnzippedStreamGivesTheSourcesBytesExactly() throws IOException {
        // 200,000 bytes: three whole chunks of 65,536 and a part of 3,392
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        try (StreamAhead in = new StreamAhead(new ByteArrayInputStream(bytes))) {
            byte[] out = new byte[bytes.length];
            int at = 0;
            out[at++] = (byte) in.read();
            for (int n; (n = in.read(out, at, Math.min(1000, out.length - at))) > 0; ) {
                at += n;
            }
            assertThat(at).isEqualTo(bytes.length);
            assertThat(out).isEqualTo(bytes);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void aFailureOfTheSourceIsThrownWhereTheReaderReachesIt() throws IOException {
        IOException broken = new IOException("Zip bomb detected!");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        };
        try (StreamAhead in =
                new StreamAhead(new SequenceInputStream(new ByteArrayInputStream(new byte[10]), failing))) {
            byte[] out = new byte[100];
            assertThatThrownBy(() -> in.readNBytes(out, 0, 100)).isSameAs(broken);
        }
    }

    @Test
    void closingEarlyStopsTheUnzippingThread() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        StreamAhead in = new StreamAhead(endless);
        assertThat(in.read()).isEqualTo('x');
        in.close(); // returns only once the thread has stopped; a hang here fails the build's time limit
    }
}
