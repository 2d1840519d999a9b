package dev.pvecodegen.runtime.http;

import java.io.InputStream;

/** An HTTP answer whose body has not been read yet, with the host that gave it. */
public record RawResponse(Endpoint endpoint, int status, InputStream body) {}
