package dev.pvecodegen.runtime;

import java.util.Map;

/**
 * The object does not exist: HTTP 404, or the HTTP 500 "… does not exist" that most Perl handlers answer with.
 */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(int status, String serverMessage, Map<String, String> errors, String operation) {
        super(status, serverMessage, errors, operation);
    }
}
