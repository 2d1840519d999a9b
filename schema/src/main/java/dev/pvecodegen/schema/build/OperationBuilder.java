package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.OperationFlags;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.Returns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one {@link Operation} from an {@code info} entry: flags, permissions, parameters (path variables first,
 * always required and synthesized when the schema omits them; then query parameters for GET/DELETE or body
 * parameters for POST/PUT, in schema order) and the return type (a UPID for task operations).
 */
final class OperationBuilder {

    private final TypeBuilder types;

    OperationBuilder(TypeBuilder types) {
        this.types = types;
    }

    Operation build(HttpMethod method, String path, List<PathSegment> segments, JsonNode info, Site site) {
        Site opSite = site.at(path, method.name()).hint(idContext(segments));
        JsonNode parameters = info.get("parameters");
        Site paramSite = opSite.child("parameters");
        List<Parameter> params = parameters(method, segments, parameters, paramSite);
        boolean additional = parameters == null
                || !parameters.isObject()
                || !parameters.has("additionalProperties")
                || !parameters.get("additionalProperties").isValueNode()
                || Lenient.isTrue(parameters.get("additionalProperties"));
        Optional<String> discriminator =
                parameters != null ? TypeBuilder.discriminator(parameters.get("properties")) : Optional.empty();
        return new Operation(
                method,
                path,
                Lenient.text(info.get("name")),
                DocumentationReader.read(info),
                DocumentationReader.permissions(info.get("permissions")),
                flags(method, info, opSite),
                params,
                additional,
                discriminator,
                returns(method, path, info.get("returns"), opSite.child("returns")),
                opSite.pointer());
    }

    private List<Parameter> parameters(HttpMethod method, List<PathSegment> segments, JsonNode parameters, Site site) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        JsonNode properties = parameters == null ? null : parameters.get("properties");
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(e -> declared.put(e.getKey(), e.getValue()));
        }
        List<Parameter> out = new ArrayList<>();
        for (PathSegment segment : segments) {
            if (segment instanceof PathSegment.Variable variable) {
                String name = variable.name();
                JsonNode schema = declared.remove(name);
                Property property = schema != null
                        ? required(types.property(
                                name,
                                schema,
                                site.child("properties").child(name).parameter(name)))
                        : synthesized(name, site);
                out.add(new Parameter(ParameterLocation.PATH, property));
            }
        }
        ParameterLocation location = method == HttpMethod.GET || method == HttpMethod.DELETE
                ? ParameterLocation.QUERY
                : ParameterLocation.BODY;
        for (Map.Entry<String, JsonNode> entry : declared.entrySet()) {
            String name = entry.getKey();
            out.add(new Parameter(
                    location,
                    types.property(
                            name,
                            entry.getValue(),
                            site.child("properties").child(name).parameter(name))));
        }
        return out;
    }

    /** Path variables are always required, whatever {@code optional} says (§1.2). */
    private static Property required(Property p) {
        return p.optional()
                ? new Property(p.name(), p.type(), false, p.doc(), p.family(), p.instanceTypes(), p.pointer())
                : p;
    }

    /** A path variable the schema does not describe becomes a plain required string (§1.2). */
    private static Property synthesized(String name, Site site) {
        return new Property(
                name,
                ApiType.StringType.plain(),
                false,
                Documentation.of("Path variable {" + name + "}; not described by the schema."),
                Optional.empty(),
                List.of(),
                site.pointer());
    }

    private OperationFlags flags(HttpMethod method, JsonNode info, Site site) {
        JsonNode allowToken = info.get("allowtoken");
        String declaredMethod = Lenient.text(info.get("method")).orElse(method.name());
        BodyKind body = switch (declaredMethod) {
            case "DOWNLOAD" -> BodyKind.DOWNLOAD;
            case "UPLOAD" -> BodyKind.UPLOAD;
            default -> {
                if (!declaredMethod.equals(method.name())) {
                    types.problems()
                            .add(
                                    site.child("method"),
                                    "method '" + declaredMethod + "' differs from its info key " + method);
                }
                yield BodyKind.JSON;
            }
        };
        return new OperationFlags(
                allowToken == null || allowToken.isNull() || Lenient.isTrue(allowToken),
                Lenient.isTrue(info.get("protected")),
                Lenient.text(info.get("proxyto")),
                Lenient.isTrue(info.get("download_allowed")),
                Lenient.isTrue(info.get("expose_credentials")),
                body);
    }

    private Returns returns(HttpMethod method, String path, JsonNode returns, Site site) {
        if (returns == null || returns.isNull()) {
            return new Returns(
                    new ApiType.AnyType("operation declares no returns schema"),
                    true,
                    Documentation.empty(),
                    site.pointer());
        }
        ApiType type = TaskDetector.isTask(types.dialect(), method, path, returns)
                ? new ApiType.UpidType()
                : types.type(returns, site);
        return new Returns(
                type,
                Lenient.isTrue(returns.get("optional")),
                returns.isObject() ? DocumentationReader.read(returns) : Documentation.empty(),
                site.pointer(),
                childLink(returns));
    }

    /** The {@code {name}} of a {@code links: [{rel: "child", href: "{name}"}]} entry, if any. */
    private static Optional<String> childLink(JsonNode returns) {
        JsonNode links = returns.get("links");
        if (links == null || !links.isArray()) {
            return Optional.empty();
        }
        for (JsonNode link : links) {
            String href = link.path("href").asText("");
            if ("child".equals(link.path("rel").asText()) && href.matches("\\{[^{}/]+}")) {
                return Optional.of(href.substring(1, href.length() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The context word of format ids: the second literal segment when there is one ({@code qemu} for
     * {@code /nodes/{node}/qemu/{vmid}/config}, {@code sdn} for {@code /cluster/sdn/…}), else the first.
     */
    static String idContext(List<PathSegment> segments) {
        List<String> literals = segments.stream()
                .filter(PathSegment.Literal.class::isInstance)
                .map(PathSegment::text)
                .toList();
        if (literals.isEmpty()) {
            return "root";
        }
        return literals.size() > 1 ? literals.get(1) : literals.get(0);
    }
}
