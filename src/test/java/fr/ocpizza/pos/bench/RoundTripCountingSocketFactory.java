package fr.ocpizza.pos.bench;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * A socket factory for the PostgreSQL driver ({@code ?socketFactory=} this class) that counts
 * network round trips: one each time the client writes after having read, i.e. each time it
 * sends a request and then has to wait for the server's answer before going on. Used only in the
 * benchmark's census pass, never while timing.
 */
public final class RoundTripCountingSocketFactory extends SocketFactory {

    static final AtomicLong ROUND_TRIPS = new AtomicLong();

    public RoundTripCountingSocketFactory() {
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private static final class CountingSocket extends Socket {
        private volatile boolean readSinceLastWrite = true;
        private InputStream countedIn;
        private OutputStream countedOut;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (countedIn == null) {
                countedIn = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        readSinceLastWrite = true;
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        readSinceLastWrite = true;
                        return n;
                    }
                };
            }
            return countedIn;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (countedOut == null) {
                countedOut = new FilterOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        count();
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] buffer, int offset, int length) throws IOException {
                        count();
                        out.write(buffer, offset, length);
                    }
                };
            }
            return countedOut;
        }

        private void count() {
            if (readSinceLastWrite) {
                readSinceLastWrite = false;
                ROUND_TRIPS.incrementAndGet();
            }
        }
    }
}
