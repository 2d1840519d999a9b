package dev.pvecodegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.client.pve.PveOperations;
import dev.pvecodegen.generator.coverage.Answer;
import dev.pvecodegen.generator.coverage.AnswerCorpus;
import dev.pvecodegen.generator.coverage.AnswerCoverage;
import dev.pvecodegen.generator.coverage.CoverageMeter;
import dev.pvecodegen.generator.coverage.CoverageReport;
import dev.pvecodegen.generator.coverage.WriteBack;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.UnexpectedAnswerException;
import dev.pvecodegen.runtime.http.Endpoint;
import dev.pvecodegen.runtime.http.RawResponse;
import dev.pvecodegen.runtime.http.ResponseDecoder;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.support.OperationInfo;
import dev.pvecodegen.runtime.support.PropertyStringValue;
import dev.pvecodegen.runtime.support.ResponseObject;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every real answer of {@code ../shared/answers/pve.json} and of this module's own fixtures (written from the
 * Proxmox sources where the corpus is silent) goes through the compiled client: matched to its operation in the
 * {@link PveOperations} catalogue, decoded by the runtime's {@link ResponseDecoder} into the generated type, and
 * written back. Nothing may be lost: the JSON written back equals the answer modulo {@link WriteBack}'s documented
 * normalisations. The model-level {@link CoverageMeter} must agree with what the decoded objects hold: exactly the
 * fields it calls raw are in {@code additionalProperties()}, a {@code JsonNode} or a property string's extra
 * entries. And the coverage goals hold: at least 95 % of answers with data fully typed, 98 % of fields.
 */
class AnswerCorpusTest {

    /**
     * Answers of the corpus that contradict the server's source, each with the reason. No typed value can hold them:
     * the meter must count them raw, and the client must refuse them rather than invent, keeping the answer whole in
     * the {@link UnexpectedAnswerException}.
     */
    private static final Map<String, String> ERRATA = Map.of(
            "GET /cluster/sdn/vnets/vnet1/subnets/subnet1",
            "the list of RAW_SUBNETS recorded under a member path: PVE::API2::Network::SDN::Subnets 'read' "
                    + "(proxmox/pve-network src/PVE/API2/Network/SDN/Subnets.pm) returns one object");

    private static final ObjectMapper MAPPER = PveJson.newMapper();
    private static final ResponseDecoder DECODER = new ResponseDecoder(MAPPER, ApiFormat.JSON);

    private static List<Answer> answers;
    private static CoverageReport report;

    @BeforeAll
    static void measure() throws Exception {
        Path shared = PinnedSchemas.sharedApidocDirectory().orElseThrow().getParent();
        answers = new ArrayList<>(AnswerCorpus.read(shared.resolve("answers").resolve("pve.json")));
        Path fixtures = Path.of("src/test/resources/answers");
        if (Files.isDirectory(fixtures)) {
            answers.addAll(AnswerCorpus.read(fixtures));
        }
        ApiModel model = SchemaLoader.load(SchemaRef.parse("pve-9.2"), LoadOptions.defaults());
        report = new CoverageMeter(model).measure(answers);
    }

    @Test
    void everyAnswerDecodesAndWritesBackWithoutLoss() {
        for (AnswerCoverage coverage : report.answers()) {
            Answer answer = coverage.answer();
            String call = answer.method() + " " + answer.path();
            assertThat(coverage.operation()).as(call + " matches an operation").isPresent();
            OperationInfo info = info(coverage.operation().get());
            assertThat(coverage.lost())
                    .as(call + " loses nothing (" + answer.source() + ")")
                    .isZero();
            if (ERRATA.containsKey(call)) {
                assertThat(coverage.problem())
                        .as(call + ": " + ERRATA.get(call))
                        .isPresent();
                assertThat(coverage.raw()).isEqualTo(coverage.fields());
                assertThatThrownBy(() -> decode(info, answer))
                        .isInstanceOfSatisfying(
                                UnexpectedAnswerException.class,
                                e -> assertThat(e.data()).isEqualTo(answer.data()));
                continue;
            }
            Object decoded = decode(info, answer);
            JsonNode written = MAPPER.valueToTree(decoded);
            assertThat(WriteBack.equivalent(answer.data(), written))
                    .as(call + " written back:%n%s%nreceived:%n%s", written, answer.data())
                    .isTrue();
        }
    }

    @Test
    void theMeterSeesWhatTheDecodedObjectsHold() {
        for (AnswerCoverage coverage : report.answers()) {
            Answer answer = coverage.answer();
            String call = answer.method() + " " + answer.path();
            if (ERRATA.containsKey(call) || !answer.hasData()) {
                continue;
            }
            Object decoded = decode(info(coverage.operation().orElseThrow()), answer);
            Set<String> held = new TreeSet<>();
            collectRaw(decoded, "", held);
            Set<String> measured = new TreeSet<>(coverage.rawPaths());
            measured.addAll(coverage.familyPaths());
            assertThat(held).as(call + " (" + answer.source() + ")").isEqualTo(measured);
        }
    }

    @Test
    void theSupplementAndInferenceAreWhatReachesTheGoals() throws Exception {
        ApiModel declared = SchemaLoader.load(
                SchemaRef.parse("pve-9.2"),
                LoadOptions.defaults()
                        .withSupplements(LoadOptions.SupplementSelection.none())
                        .withInference(false));
        CoverageReport before = new CoverageMeter(declared).measure(answers);
        System.out.println("pve-9.2 as the schema declares it: " + before.summary());
        System.out.println("pve-9.2 with supplement and inference: " + report.summary());
        System.out.println(
                "recorded answers only, as declared: " + recordedOnly(before).summary());
        System.out.println("recorded answers only, with supplement and inference: "
                + recordedOnly(report).summary());
        assertThat(before.fullyTypedPercent()).isLessThan(95.0).isLessThan(report.fullyTypedPercent());
        assertThat(before.typedFieldsPercent()).isLessThan(98.0).isLessThan(report.typedFieldsPercent());
    }

    @Test
    void theCoverageGoalsHold() {
        assertThat(report.lostFields()).as(report.summary()).isZero();
        assertThat(report.fullyTypedPercent()).as(report.summary()).isGreaterThanOrEqualTo(95.0);
        assertThat(report.typedFieldsPercent()).as(report.summary()).isGreaterThanOrEqualTo(98.0);
    }

    /** The answers of {@code ../shared/answers/pve.json}, without this module's fixtures. */
    private static CoverageReport recordedOnly(CoverageReport all) {
        return new CoverageReport(all.answers().stream()
                .filter(a -> a.answer().source().startsWith("pve.json"))
                .toList());
    }

    private static OperationInfo info(String key) {
        return PveOperations.ALL.stream()
                .filter(op -> op.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in PveOperations"));
    }

    /** What the client's decoder makes of {@code {"data": …}} for this operation. */
    private static Object decode(OperationInfo info, Answer answer) {
        JsonNode data = answer.data();
        JavaType type = info.task() ? MAPPER.constructType(String.class) : MAPPER.constructType(info.responseType());
        byte[] body = ("{\"data\":" + data + "}").getBytes(StandardCharsets.UTF_8);
        RawResponse response =
                new RawResponse(Endpoint.parse("pve.example:8006", 8006), 200, new ByteArrayInputStream(body));
        ApiRequest request = ApiRequest.builder(info.verb(), answer.path()).build();
        return DECODER.decode(response, request, type);
    }

    /**
     * The JSON pointers of everything a decoded value keeps outside declared typed accessors: keys of
     * {@code additionalProperties()} (undeclared, drifted and indexed-family members), {@code JsonNode} fields,
     * property strings with extra entries.
     */
    private static void collectRaw(Object value, String path, Set<String> out) {
        if (value instanceof JsonNode) {
            out.add(path);
        } else if (value instanceof ResponseObject object) {
            object.additionalProperties().keySet().forEach(name -> out.add(path + "/" + escape(name)));
            for (Class<?> type = object.getClass(); type != ResponseObject.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    JsonProperty wire = field.getAnnotation(JsonProperty.class);
                    if (wire != null) {
                        collectRaw(read(field, object), path + "/" + escape(wire.value()), out);
                    }
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectRaw(list.get(i), path + "/" + i, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectRaw(item, path + "/" + escape(String.valueOf(key)), out));
        } else if (value instanceof PropertyStringValue propertyString
                && !propertyString.extraEntries().isEmpty()) {
            out.add(path);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
