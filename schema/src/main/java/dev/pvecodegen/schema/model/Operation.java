package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One HTTP method on one path.
 *
 * @param method the HTTP verb (the {@code info} key, not PBS's DOWNLOAD/UPLOAD pseudo-method)
 * @param path the absolute path with {@code {variables}}
 * @param name the apidoc {@code name} (PVE only); not unique, not stable, an alias at most
 * @param doc description and friends
 * @param permissions the permission rules, for documentation
 * @param flags allowtoken, protected, proxyto, download_allowed, expose_credentials, body kind
 * @param parameters path parameters first in path order, then the others in schema order
 * @param additionalParameters true when the server accepts keys the schema does not list
 * @param unionDiscriminator for flattened unions (PVE 9 HA rules, SDN fabrics): the discriminator parameter
 * @param returns the response type
 * @param pointer JSON pointer of the operation ({@code /0/children/3/info/POST})
 */
public record Operation(
        HttpMethod method,
        String path,
        Optional<String> name,
        Documentation doc,
        Permissions permissions,
        OperationFlags flags,
        List<Parameter> parameters,
        boolean additionalParameters,
        Optional<String> unionDiscriminator,
        Returns returns,
        String pointer) {

    public Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(flags, "flags");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(unionDiscriminator, "unionDiscriminator");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** {@code POST /nodes/{node}/qemu}: how operations are named in messages and reports. */
    public String key() {
        return method + " " + path;
    }

    /** True when the operation starts a task and returns its UPID. */
    public boolean isTask() {
        return returns.type() instanceof ApiType.UpidType;
    }

    public List<Parameter> pathParameters() {
        return parameters.stream()
                .filter(p -> p.location() == ParameterLocation.PATH)
                .toList();
    }

    /** Query (GET/DELETE) or body (POST/PUT) parameters: everything a request object carries. */
    public List<Parameter> requestParameters() {
        return parameters.stream()
                .filter(p -> p.location() != ParameterLocation.PATH)
                .toList();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.property().name().equals(name)).findFirst();
    }

    Stream<ApiType> types() {
        return Stream.concat(
                parameters.stream().flatMap(p -> p.property().type().selfAndNested()),
                returns.type().selfAndNested());
    }
}
