package dev.pvecodegen.runtime.http;

import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.AuthenticationException;
import dev.pvecodegen.runtime.ConflictException;
import dev.pvecodegen.runtime.NotFoundException;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the exception for a server error. Not found arrives as 404 or, from most Perl handlers, as 500 with
 * "… does not exist"; "already exists" is a conflict; 401 is an authentication failure.
 */
final class ErrorMapper {
    private ErrorMapper() {}

    static ApiException map(int status, String message, Map<String, String> errors, String operation) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (status == 401) {
            return new AuthenticationException(status, message, errors, operation);
        }
        if (status == 404 || (status == 500 && text.contains("does not exist"))) {
            return new NotFoundException(status, message, errors, operation);
        }
        if (status == 500 && text.contains("already exists")) {
            return new ConflictException(status, message, errors, operation);
        }
        return new ApiException(status, message, errors, operation);
    }
}
