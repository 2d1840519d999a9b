package dev.pvecodegen.runtime.http;

import com.fasterxml.jackson.databind.JavaType;
import dev.pvecodegen.runtime.ApiRequest;

/** One request/answer round trip: send through the {@link Transport}, decode with the {@link ResponseDecoder}. */
public final class Exchange {
    private final Transport transport;
    private final ResponseDecoder decoder;

    public Exchange(Transport transport, ResponseDecoder decoder) {
        this.transport = transport;
        this.decoder = decoder;
    }

    // T is fixed by the caller's Class or TypeReference, turned into Jackson's JavaType, which carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    public <T> T send(ApiRequest request, JavaType type, RequestAuth auth) {
        return decoder.decode(transport.send(request, auth), request, type);
    }

    public Transport transport() {
        return transport;
    }
}
