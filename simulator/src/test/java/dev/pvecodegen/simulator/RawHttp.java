package dev.pvecodegen.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Plain sockets to a simulator listening on plain HTTP, for what well-behaved clients cannot send: malformed
 * escapes that java.net.URI refuses, headers that trickle in, connections that never finish a request.
 */
final class RawHttp {
    private RawHttp() {}

    /** A connection to {@code port} on the loopback address, with a read timeout as a hang guard only. */
    static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** Sends {@code request} as is (CRLFs included) and returns the whole answer, headers and body. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }
}
