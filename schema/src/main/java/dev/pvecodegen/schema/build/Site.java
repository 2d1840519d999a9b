package dev.pvecodegen.schema.build;

import java.util.Optional;

/**
 * Where the builder is in the input: JSON pointer plus the API location used in problem messages, the hint from
 * which property-string format ids are derived, and whether we are inside a property string (where inner lists
 * are joined with {@code ;} because {@code ,} separates the keys).
 */
record Site(
        String pointer,
        Optional<String> path,
        Optional<String> method,
        Optional<String> parameter,
        String idHint,
        boolean inPropertyString) {

    static Site root() {
        return new Site("", Optional.empty(), Optional.empty(), Optional.empty(), "", false);
    }

    /** The site of a member or array element, with the token escaped as RFC 6901 requires. */
    Site child(String token) {
        return new Site(pointer + "/" + escape(token), path, method, parameter, idHint, inPropertyString);
    }

    Site child(int index) {
        return child(Integer.toString(index));
    }

    Site at(String apiPath, String httpMethod) {
        return new Site(
                pointer, Optional.of(apiPath), Optional.ofNullable(httpMethod), parameter, idHint, inPropertyString);
    }

    Site parameter(String name) {
        return new Site(pointer, path, method, Optional.of(name), idHint, inPropertyString);
    }

    Site hint(String hint) {
        return new Site(pointer, path, method, parameter, hint, inPropertyString);
    }

    Site insidePropertyString() {
        return new Site(pointer, path, method, parameter, idHint, true);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
