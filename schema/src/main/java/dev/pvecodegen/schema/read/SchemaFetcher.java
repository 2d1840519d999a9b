package dev.pvecodegen.schema.read;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.SchemaRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/** Reads the raw bytes behind a file, {@code https://} or {@code classpath:} reference, size-limited. */
public final class SchemaFetcher {
    /** In the message of a download refused because of the host's certificate; callers add their own remedy. */
    public static final String UNTRUSTED_CERTIFICATE = "the host's certificate is not trusted";

    private SchemaFetcher() {}

    public static byte[] fetch(SchemaRef ref, LoadOptions options) throws SchemaException {
        return switch (ref.kind()) {
            case FILE -> readFile(path(ref), ref.toString());
            case CLASSPATH -> readClasspath(ref.location(), options.classLoader(), ref.toString());
            case URL -> download(URI.create(ref.location()), options, ref.toString());
            case PINNED -> throw new IllegalArgumentException("pinned refs are resolved to files by the loader");
        };
    }

    private static Path path(SchemaRef ref) throws SchemaException {
        try {
            return Path.of(ref.location());
        } catch (InvalidPathException e) {
            throw failure(ref.toString(), "not a valid file name: " + e.getMessage());
        }
    }

    public static byte[] readFile(Path file, String displayName) throws SchemaException {
        try {
            if (Files.isDirectory(file)) {
                throw failure(displayName, file + " is a directory, not a schema file");
            }
            long size = Files.size(file);
            if (size > SchemaReader.MAX_INPUT_BYTES) {
                throw failure(
                        displayName,
                        "file is " + size + " bytes, more than the limit of " + SchemaReader.MAX_INPUT_BYTES
                                + " bytes for an apidoc schema");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure(displayName, "no such file: " + file);
        } catch (IOException e) {
            throw failure(displayName, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readClasspath(String resource, ClassLoader loader, String displayName)
            throws SchemaException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw failure(displayName, "no such class-path resource: " + resource);
            }
            return readLimited(in, displayName);
        } catch (IOException e) {
            throw failure(displayName, "cannot read class-path resource " + resource + ": " + e.getMessage());
        }
    }

    private static byte[] download(URI uri, LoadOptions options, String displayName) throws SchemaException {
        if (options.offline()) {
            throw failure(displayName, "offline mode: refusing to download " + uri);
        }
        HttpClient.Builder client = HttpClient.newBuilder()
                .connectTimeout(options.fetchTimeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER);
        try {
            if (options.tlsFingerprint().isPresent()) {
                client.sslContext(TlsTrust.pinned(options.tlsFingerprint().get()));
            } else if (options.insecureTls()) {
                client.sslContext(TlsTrust.insecure());
            } else {
                client.sslContext(SSLContext.getDefault());
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw failure(displayName, "cannot set up TLS: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        String operation = "GET " + uri;
        try (FetchWatchdog watchdog = FetchWatchdog.start(options.fetchTimeouts())) {
            try {
                HttpResponse<InputStream> response =
                        client.build().send(request, HttpResponse.BodyHandlers.ofInputStream());
                watchdog.progress();
                try (InputStream body = watchdog.watch(response.body())) {
                    if (response.statusCode() != 200) {
                        throw failure(displayName, operation + ": HTTP " + response.statusCode());
                    }
                    return readLimited(body, displayName, watchdog);
                }
            } catch (SSLException e) {
                // No option is suggested here: which ones exist depends on the caller (CLI flags, plugin parameters).
                throw failure(
                        displayName,
                        operation + ": TLS failure, " + (isCertificateProblem(e) ? UNTRUSTED_CERTIFICATE : "handshake")
                                + " (" + e.getMessage() + ")");
            } catch (IOException | InterruptedException e) {
                String expiry = watchdog.expiry();
                if (expiry != null) {
                    throw failure(displayName, operation + ": " + uri.getAuthority() + " " + expiry);
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw failure(displayName, "interrupted while downloading " + uri);
                }
                throw failure(displayName, "cannot download " + uri + ": " + e);
            }
        }
    }

    private static boolean isCertificateProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readLimited(InputStream in, String displayName) throws IOException, SchemaException {
        return readLimited(in, displayName, null);
    }

    private static byte[] readLimited(InputStream in, String displayName, FetchWatchdog watchdog)
            throws IOException, SchemaException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (watchdog != null) {
                watchdog.progress();
            }
            out.write(buffer, 0, n);
            if (out.size() > SchemaReader.MAX_INPUT_BYTES) {
                throw failure(displayName, "input exceeds the limit of " + SchemaReader.MAX_INPUT_BYTES + " bytes");
            }
        }
        return out.toByteArray();
    }

    private static SchemaException failure(String displayName, String message) {
        return new SchemaException(displayName, SchemaProblem.global(message));
    }
}
