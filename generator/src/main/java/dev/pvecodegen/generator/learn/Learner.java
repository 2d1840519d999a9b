package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.generator.coverage.Answer;
import dev.pvecodegen.generator.coverage.AnswerCoverage;
import dev.pvecodegen.generator.coverage.CoverageMeter;
import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes supplement entries from recorded answers: measures each answer with the {@link CoverageMeter} against
 * the model (the schema with the supplements given, and inference), locates every raw field in the operation's
 * schema ({@link RawFieldLocator}), infers each field's type from all its recorded values ({@link ValueInference})
 * and groups the fields of one object into one entry. Fields a given supplement declares are never retyped: answers
 * contradicting them are listed as conflicts.
 */
public final class Learner {

    private static final Comparator<FieldSite> SITE_ORDER = Comparator.<FieldSite, String>comparing(
                    s -> s.operation().path())
            .thenComparing(s -> s.operation().method().name())
            .thenComparing(FieldSite::pointer)
            .thenComparing(FieldSite::kind)
            .thenComparing(FieldSite::name);

    private final CoverageMeter meter;
    private final ValueInference inference;
    private final Optional<String> schemaVersion;
    private final Map<String, Operation> operations = new HashMap<>();

    /**
     * Binds the model once; learn from as many answer sets as needed.
     *
     * @param model the model to learn against, loaded with the supplements the result must not contradict
     * @param apidocTree the apidoc tree it was read from, where known property-string formats are copied from
     */
    public Learner(ApiModel model, JsonNode apidocTree) {
        this.meter = new CoverageMeter(model);
        this.inference = new ValueInference(new FormatMatcher(model, meter.bound(), apidocTree));
        this.schemaVersion = PinnedSchemas.bySha256(model.source().sha256()).map(PinnedSchema::version);
        model.operations().forEach(op -> operations.put(op.key(), op));
    }

    /** What the values of one site showed, over all answers. */
    private static final class Evidence {
        final List<JsonNode> values = new ArrayList<>();
        final Set<String> answers = new HashSet<>();
        final NavigableSet<String> versions = new TreeSet<>();
    }

    public LearnResult learn(List<Answer> answers) {
        Map<FieldSite, Evidence> sites = new TreeMap<>(SITE_ORDER);
        List<String> skipped = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Answer answer : answers) {
            AnswerCoverage coverage = meter.measure(answer);
            if (coverage.operation().isEmpty()) {
                unmatched.add(answer.source() + ": " + answer.method() + " " + answer.path());
                continue;
            }
            Operation operation = operations.get(coverage.operation().get());
            for (RawFieldLocator.Observation observation : RawFieldLocator.locate(operation, coverage, skipped)) {
                Evidence evidence = sites.computeIfAbsent(observation.site(), s -> new Evidence());
                evidence.values.add(observation.value());
                evidence.answers.add(answer.source());
                answer.version().ifPresent(evidence.versions::add);
            }
        }
        Map<List<Object>, List<Map.Entry<FieldSite, Evidence>>> groups = new LinkedHashMap<>();
        for (Map.Entry<FieldSite, Evidence> site : sites.entrySet()) {
            FieldSite key = site.getKey();
            groups.computeIfAbsent(List.of(key.operation().key(), key.pointer(), key.kind()), k -> new ArrayList<>())
                    .add(site);
        }
        List<LearnedEntry> entries = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<Map.Entry<FieldSite, Evidence>> group : groups.values()) {
            entry(group, conflicts, skipped, ids).ifPresent(entries::add);
        }
        List<String> warnings = new ArrayList<>();
        schemaVersion.ifPresent(version -> entries.stream()
                .filter(e -> !e.versions().contains(major(version).orElse(version)))
                .forEach(e -> warnings.add("entry " + e.id() + " is for versions " + String.join(", ", e.versions())
                        + " (the servers that sent its answers), the schema is " + version
                        + ": it will not apply there; learn against the schema of those servers")));
        return new LearnResult(entries, conflicts, skipped, unmatched, warnings, answers.size());
    }

    private Optional<LearnedEntry> entry(
            List<Map.Entry<FieldSite, Evidence>> group, List<String> conflicts, List<String> skipped, Set<String> ids) {
        FieldSite first = group.get(0).getKey();
        ObjectNode fragment = JsonNodeFactory.instance.objectNode();
        List<String> evidenceLines = new ArrayList<>();
        NavigableSet<String> versions = new TreeSet<>(Comparator.comparing(Learner::versionOrder));
        List<String> names = new ArrayList<>();
        for (Map.Entry<FieldSite, Evidence> field : group) {
            FieldSite site = field.getKey();
            Evidence evidence = field.getValue();
            if (site.kind() == FieldSite.Kind.UNDECLARED && !ValueInference.isMemberName(site.name())) {
                skipped.add(site.describe() + ": not learned, '" + site.name() + "' is no field name (a map key?)");
                continue;
            }
            Optional<Property> declared = site.declared();
            if (declared.isPresent() && declared.get().origin().kind() == Origin.Kind.SUPPLEMENT) {
                conflicts.add(site.describe() + ": declared by supplement "
                        + declared.get().origin().source()
                        + ", but " + evidence.answers.size() + " recorded answer(s) send values it does not read"
                        + " (" + inference.infer(evidence.values).description() + "); not overridden");
                continue;
            }
            ValueInference.Inferred inferred = inference.infer(evidence.values);
            if (inferred.schema().isEmpty()) {
                skipped.add(site.describe() + ": not learned, " + inferred.description());
                continue;
            }
            if (declared.isPresent()
                    && TypeWords.of(declared.get().type()).equals("property string")
                    && !inferred.schema().get().has("format")) {
                // Values with keys the format lacks: a plain string would lose the typed keys of every other value.
                skipped.add(site.describe() + ": not learned, a property string with keys its format does not"
                        + " describe; add them with a 'keys' entry");
                continue;
            }
            ObjectNode schema = inferred.schema().get();
            schema.put("description", "Learned from " + count(evidence.answers.size()) + ".");
            if (site.kind() == FieldSite.Kind.DATA_ON_VOID) {
                fragment = schema;
            } else {
                fragment.set(site.name(), schema);
            }
            names.add(site.name());
            evidenceLines.add((site.name().isEmpty() ? "the answer" : site.name()) + ": "
                    + inferred.description()
                    + declared.map(p -> " (declared " + TypeWords.of(p.type()) + ")")
                            .orElse("")
                    + ", in " + count(evidence.answers.size()) + ", server "
                    + (evidence.versions.isEmpty()
                            ? "version not recorded"
                            : "versions " + String.join(", ", evidence.versions)));
            evidence.versions.forEach(v -> major(v).ifPresent(versions::add));
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (versions.isEmpty()) {
            if (schemaVersion.isEmpty()) {
                skipped.add(first.describe() + ": not learned, no answer records its server version and the schema's"
                        + " version is unknown (entries must name the versions they hold for)");
                return Optional.empty();
            }
            major(schemaVersion.get()).ifPresent(versions::add);
        }
        String kind = first.kind() == FieldSite.Kind.DATA_ON_VOID ? "schema" : "properties";
        return Optional.of(new LearnedEntry(
                uniqueId(first, ids),
                first.operation(),
                first.pointer(),
                kind,
                fragment,
                reason(first.kind(), names),
                evidenceLines,
                List.copyOf(versions)));
    }

    private static String reason(FieldSite.Kind kind, List<String> names) {
        return switch (kind) {
            case UNDECLARED ->
                "Recorded answers carry fields the schema does not declare: " + String.join(", ", names) + ".";
            case DRIFTED ->
                "Recorded answers send values of another type than the schema declares: " + String.join(", ", names)
                        + ".";
            case DATA_ON_VOID -> "The schema says the operation returns null, but recorded answers carry data.";
        };
    }

    private static String uniqueId(FieldSite site, Set<String> ids) {
        String base = slug(site.operation().method() + " " + site.operation().path() + " "
                        + site.pointer().replace("/properties/", "/"))
                + switch (site.kind()) {
                    case UNDECLARED -> "";
                    case DRIFTED -> "-drift";
                    case DATA_ON_VOID -> "-data";
                };
        String id = base.isEmpty() ? "answer" : base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** {@code GET /nodes/{node}/qemu /items} → {@code get-nodes-node-qemu-items}. */
    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^[-.]+|-+$", "");
    }

    /** {@code 9.2.0} → {@code 9}; a version that does not start with a number has none. */
    static Optional<String> major(String version) {
        java.util.regex.Matcher digits =
                java.util.regex.Pattern.compile("^([0-9]+)").matcher(version);
        return digits.find() ? Optional.of(digits.group(1)) : Optional.empty();
    }

    private static int versionOrder(String major) {
        return Integer.parseInt(major);
    }

    private static String count(int answers) {
        return answers == 1 ? "1 recorded answer" : answers + " recorded answers";
    }
}
