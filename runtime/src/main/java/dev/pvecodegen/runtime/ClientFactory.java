package dev.pvecodegen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.auth.Authenticator;
import dev.pvecodegen.runtime.auth.TicketAuthenticator;
import dev.pvecodegen.runtime.auth.TokenAuthenticator;
import dev.pvecodegen.runtime.http.EndpointList;
import dev.pvecodegen.runtime.http.Exchange;
import dev.pvecodegen.runtime.http.RequestEncoder;
import dev.pvecodegen.runtime.http.ResponseDecoder;
import dev.pvecodegen.runtime.http.ResponseTimer;
import dev.pvecodegen.runtime.http.Transport;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.tls.TlsContexts;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Assembles a {@link PveClient} from its settings and logs in when tickets are used. */
final class ClientFactory {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ClientFactory() {}

    static PveClient create(ClientSettings settings, char[] password) {
        ObjectMapper mapper = settings.mapper() != null ? settings.mapper() : PveJson.newMapper();
        ThreadFactory threadFactory = daemonThreads();
        ExecutorService threads = Executors.newCachedThreadPool(threadFactory);
        ResponseTimer timer = new ResponseTimer(threadFactory);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .sslContext(TlsContexts.create(settings.tls()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(threads)
                .build();
        Transport transport = new Transport(
                http,
                new EndpointList(settings.endpoints()),
                new RequestEncoder(settings.format(), settings.requestTimeout()),
                timer);
        Exchange exchange = new Exchange(transport, new ResponseDecoder(mapper, settings.format()));
        PveClient.ClientParts parts = new PveClient.ClientParts(settings, mapper, exchange, http, threads, timer);
        try {
            Authenticator authenticator = authenticator(settings, exchange, mapper, password);
            return new PveClient(parts, authenticator);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    private static Authenticator authenticator(
            ClientSettings settings, Exchange exchange, ObjectMapper mapper, char[] password) {
        if (settings.token() != null) {
            return new TokenAuthenticator(settings.product(), settings.token());
        }
        TicketAuthenticator tickets = new TicketAuthenticator(
                settings.product(),
                settings.username(),
                exchange,
                mapper,
                settings.clock(),
                settings.ticketRenewal(),
                settings.tfa(),
                settings.passwords());
        if (password != null) {
            tickets.login(password);
        } else {
            tickets.loginFromSupplier();
        }
        return tickets;
    }

    private static ThreadFactory daemonThreads() {
        int client = CLIENTS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "pvecodegen-http-" + client + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
