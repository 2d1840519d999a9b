package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One value class per meaning: property-string formats that are variants of one another become one family. Two
 * formats are variants when they are used under the same property of the same item (the {@code scsi[n]} disk of
 * {@code POST /nodes/{node}/qemu} and of {@code GET …/qemu/{vmid}/config}) and agree on everything they share:
 * default key, aliases and the type of every common key. The family holds every key of every variant; a key that
 * only some variants have is documented as such, and refused where the operation's variant lacks it.
 */
final class FormatFamilies {

    /**
     * A family of format variants.
     *
     * @param formats the variants, best ranked first; the first gives the family its id
     * @param uses every use of every variant
     */
    record Family(List<UseCollector.FormatUses> formats, List<Use> uses) {
        Family {
            formats = List.copyOf(formats);
            uses = List.copyOf(uses);
        }

        String id() {
            return formats.get(0).format().id();
        }

        PropertyStringFormat primary() {
            return formats.get(0).format();
        }

        List<String> ids() {
            return formats.stream().map(f -> f.format().id()).toList();
        }

        /** Every key of every variant in wire order; a key required only where every variant has it. */
        List<Property> keys() {
            List<Property> merged = new ArrayList<>();
            for (UseCollector.FormatUses variant : formats) {
                int insertAt = 0;
                for (Property key : variant.format().keys()) {
                    int index = indexOf(merged, key.name());
                    if (index < 0) {
                        merged.add(insertAt, key);
                        index = insertAt;
                    }
                    insertAt = index + 1;
                }
            }
            return merged.stream().map(this::mergedOptionality).toList();
        }

        /** The variants that have the key {@code name}, by model id. */
        List<PropertyStringFormat> having(String name) {
            return formats.stream()
                    .map(UseCollector.FormatUses::format)
                    .filter(f -> f.key(name).isPresent())
                    .toList();
        }

        private Property mergedOptionality(Property key) {
            boolean requiredEverywhere = formats.stream()
                    .allMatch(f ->
                            f.format().key(key.name()).map(k -> !k.optional()).orElse(false));
            if (key.optional() || requiredEverywhere) {
                return key;
            }
            return new Property(
                    key.name(), key.type(), true, key.doc(), key.family(), key.instanceTypes(), key.pointer());
        }

        private static int indexOf(List<Property> keys, String name) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private FormatFamilies() {}

    /** Groups the formats into families; every format is in exactly one. */
    static List<Family> of(Map<String, UseCollector.FormatUses> formats, OperationIndex index) {
        List<UseCollector.FormatUses> ranked = formats.values().stream()
                .sorted(Comparator.comparing(FormatFamilies::bestSite, Site.RANK))
                .toList();
        Map<String, Set<String>> slotsByFormat = new HashMap<>();
        for (UseCollector.FormatUses f : ranked) {
            slotsByFormat.put(f.format().id(), slots(f, index));
        }
        List<List<UseCollector.FormatUses>> families = new ArrayList<>();
        for (UseCollector.FormatUses format : ranked) {
            Set<String> slots = slotsByFormat.get(format.format().id());
            Optional<List<UseCollector.FormatUses>> joined = families.stream()
                    .filter(family -> family.stream()
                            .anyMatch(member ->
                                    !disjoint(slotsByFormat.get(member.format().id()), slots)))
                    .filter(family -> family.stream().allMatch(member -> compatible(member.format(), format.format())))
                    .findFirst();
            if (joined.isPresent()) {
                joined.get().add(format);
            } else {
                families.add(new ArrayList<>(List.of(format)));
            }
        }
        return families.stream()
                .map(members -> new Family(
                        members,
                        members.stream().flatMap(m -> m.uses().stream()).toList()))
                .toList();
    }

    private static Site bestSite(UseCollector.FormatUses format) {
        return format.uses().stream().map(Use::site).min(Site.RANK).orElseThrow();
    }

    /** The item and property of each use: {@code NodeQemu/scsi}. */
    private static Set<String> slots(UseCollector.FormatUses format, OperationIndex index) {
        Set<String> slots = new LinkedHashSet<>();
        for (Use use : format.uses()) {
            Optional<Operation> op = index.operation(use.site());
            if (op.isPresent() && use.property().isPresent()) {
                slots.add(index.item(op.get()) + "/" + use.property().get());
            }
        }
        return slots;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    /** Variants agree on the default key, the aliases and the type of every key they share. */
    static boolean compatible(PropertyStringFormat a, PropertyStringFormat b) {
        if (!a.defaultKey().equals(b.defaultKey())
                || !new HashSet<>(a.aliases()).equals(new HashSet<>(b.aliases()))
                || !new HashSet<>(a.keyAliases()).equals(new HashSet<>(b.keyAliases()))) {
            return false;
        }
        for (Property key : a.keys()) {
            Optional<Property> other = b.key(key.name());
            if (other.isPresent()
                    && (!ShapeKeys.of(key.type())
                                    .equals(ShapeKeys.of(other.get().type()))
                            || !Objects.equals(key.family(), other.get().family()))) {
                return false;
            }
        }
        return true;
    }
}
