package dev.winnow.deliver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a real server, that a test can take down (every connection cut, new ones
 * refused) and bring back on the same port: to a client it is the server stopping and restarting. It can also
 * go down by itself after a number of bytes from clients, so a test stops the server mid-run at a point that
 * does not depend on timing.
 */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong clientBytes = new AtomicLong();
    private volatile long downAfterBytes = Long.MAX_VALUE;
    private final java.util.concurrent.atomic.AtomicInteger timesDown = new java.util.concurrent.atomic.AtomicInteger();
    private volatile ServerSocket listener;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        up();
    }

    public int port() {
        return port;
    }

    public synchronized void up() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread accept = new Thread(() -> accept(socket), "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public synchronized void down() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        listener = null;
        timesDown.incrementAndGet();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Cut.
            }
        }
        sockets.clear();
    }

    /** How many times the proxy went down, so a test can check its outage really happened. */
    public int timesDown() {
        return timesDown.get();
    }

    public boolean isUp() {
        return listener != null;
    }

    /** Goes down once clients have sent this many more bytes. */
    public void downAfter(long bytes) {
        downAfterBytes = clientBytes.get() + bytes;
    }

    /** Once down (by {@link #downAfter} or a test), comes back up after {@code millis}, in the background. */
    public void restartWhenDown(long millis) {
        Thread watcher = new Thread(() -> {
            try {
                while (isUp()) {
                    Thread.sleep(5);
                }
                Thread.sleep(millis);
                up();
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        }, "proxy-restart");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException serverNotThere) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // The client sees the server refuse, as it would without the proxy.
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                    if (fromClient && clientBytes.addAndGet(n) >= downAfterBytes) {
                        downAfterBytes = Long.MAX_VALUE;
                        down();
                        return;
                    }
                }
            } catch (IOException ignored) {
                // The other side is gone.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // Closed already.
                }
            }
        }, "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        down();
    }
}
