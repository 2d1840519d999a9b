package dev.pvecodegen.runtime.codec;

/** A property string or one of its values does not follow the server's grammar. */
public class PropertyStringParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PropertyStringParseException(String message) {
        super(message);
    }
}
