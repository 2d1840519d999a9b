package dev.pvecodegen.runtime;

import java.util.Map;

/** The object to create already exists (the server answers 500 "… already exists"). */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(int status, String serverMessage, Map<String, String> errors, String operation) {
        super(status, serverMessage, errors, operation);
    }
}
