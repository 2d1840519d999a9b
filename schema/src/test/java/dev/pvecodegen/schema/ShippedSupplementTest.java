package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Enrichment.EntryOutcome;
import dev.pvecodegen.schema.model.Enrichment.EntryStatus;
import dev.pvecodegen.schema.supplement.Supplement;
import dev.pvecodegen.schema.supplement.SupplementEntry;
import dev.pvecodegen.schema.supplement.Supplements;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The curated PVE supplement: valid, every fact with its evidence and no copied recording, applied to the real
 * schemas it is for, and applied by default to PVE schemas only.
 */
class ShippedSupplementTest {

    private static final Supplement SHIPPED = Supplements.shipped(Dialect.PVE).orElseThrow();

    @Test
    void everyEntryCarriesReasonEvidenceAndVersions() {
        assertThat(SHIPPED.entries()).isNotEmpty();
        for (SupplementEntry entry : SHIPPED.entries()) {
            assertThat(entry.reason()).as(entry.id()).isNotBlank();
            assertThat(entry.evidence())
                    .as(entry.id())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e).containsAnyOf("proxmox/", "../shared/"));
            assertThat(entry.versions()).as(entry.id()).isNotEmpty();
        }
    }

    @Test
    void itCitesAnswersInsteadOfCopyingThem() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Supplements.SHIPPED_PVE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).doesNotContain("\"kind\": \"recorded\"").doesNotContain("\"kind\": \"test fixture\"");
    }

    @Test
    void everyEntryForPve92AppliesToIt() {
        Map<EntryStatus, Long> statuses = statuses(SharedSchemas.model("pve-9.2"));
        assertThat(statuses).containsOnlyKeys(EntryStatus.APPLIED, EntryStatus.OTHER_VERSION);
        assertThat(SharedSchemas.model("pve-9.2").enrichment().entries(EntryStatus.OTHER_VERSION))
                .extracting(EntryOutcome::id)
                .containsExactly("storage-content-name-pve5");
    }

    @Test
    void onPve72NothingIsRedundantAndTheSdnFactsWaitForPve8() {
        ApiModel model = SharedSchemas.model("pve-7.2");
        assertThat(model.enrichment().entries(EntryStatus.REDUNDANT)).isEmpty();
        assertThat(model.enrichment().entries(EntryStatus.OTHER_VERSION))
                .extracting(EntryOutcome::id)
                .containsExactlyInAnyOrder(
                        "storage-content-name-pve5",
                        "sdn-subnet-read",
                        "sdn-subnet-index",
                        "node-rrddata-pve9",
                        "qemu-rrddata-pve9",
                        "lxc-rrddata-pve9");
    }

    @Test
    void onPve72EveryEntryAppliesOrIsForOtherVersions() {
        assertThat(statuses(SharedSchemas.model("pve-7.2")))
                .containsOnlyKeys(EntryStatus.APPLIED, EntryStatus.OTHER_VERSION);
    }

    @Test
    void itsNamesSectionReachesTheModelAsTheShippedSection() {
        assertThat(SHIPPED.names())
                .hasSizeGreaterThan(50)
                .allSatisfy(name -> assertThat(name.reason()).as(name.target()).isNotBlank());
        assertThat(SharedSchemas.model("pve-9.2").enrichment().names())
                .singleElement()
                .satisfies(section -> {
                    assertThat(section.supplement()).isEqualTo("pve.supplement.json");
                    assertThat(section.shipped()).isTrue();
                    assertThat(section.names()).isEqualTo(SHIPPED.names());
                });
        assertThat(SharedSchemas.declared("pve-9.2").enrichment().names()).isEmpty();
    }

    @Test
    void itAppliesToPveByDefaultAndNeverToPbs() {
        assertThat(SharedSchemas.model("pve-9.2").enrichment().supplements()).containsExactly("pve.supplement.json");
        assertThat(SharedSchemas.model("pbs-4.2").enrichment().supplements()).isEmpty();
        assertThat(SharedSchemas.declared("pve-9.2").enrichment().supplements()).isEmpty();
    }

    @Test
    void entriesByKind() {
        Map<String, Integer> byKind = new TreeMap<>();
        SHIPPED.entries().forEach(e -> byKind.merge(e.kind().label(), 1, Integer::sum));
        System.out.println("shipped PVE supplement: " + SHIPPED.entries().size() + " entries " + byKind);
        assertThat(byKind).containsOnlyKeys("properties", "schema", "keys", "object-form", "like");
    }

    private static Map<EntryStatus, Long> statuses(ApiModel model) {
        Map<EntryStatus, Long> out = new TreeMap<>();
        model.enrichment().entries().forEach(e -> out.merge(e.status(), 1L, Long::sum));
        return out;
    }
}
