package dev.pvecodegen.schema.supplement;

import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.model.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where supplements come from: the curated ones shipped with the pinned catalogue (one per product that needs it;
 * today PVE), and files given by users.
 */
public final class Supplements {

    /** Class-path location of the shipped PVE supplement. */
    public static final String SHIPPED_PVE = "dev/pvecodegen/schema/supplement/pve.supplement.json";

    private Supplements() {}

    /** The supplement shipped for a dialect's product, read once; empty for PBS (no facts needed so far). */
    public static Optional<Supplement> shipped(Dialect dialect) {
        return dialect == Dialect.PVE ? Optional.of(ShippedPve.SUPPLEMENT) : Optional.empty();
    }

    /** Reads a user's supplement file; problems name the file. */
    public static Supplement read(Path file) throws SchemaException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SchemaException(file.toString(), SchemaProblem.global("cannot read the supplement: " + e));
        }
        return SupplementReader.read(bytes, file.toString());
    }

    private static final class ShippedPve {
        static final Supplement SUPPLEMENT = load();

        private static Supplement load() {
            try (InputStream in = Supplements.class.getClassLoader().getResourceAsStream(SHIPPED_PVE)) {
                if (in == null) {
                    throw new IllegalStateException("shipped supplement missing: " + SHIPPED_PVE);
                }
                return SupplementReader.read(in.readAllBytes(), "pve.supplement.json");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped supplement " + SHIPPED_PVE, e);
            } catch (SchemaException e) {
                // A defect of this build, caught by its tests; never a user's fault.
                throw new IllegalStateException("the shipped supplement is invalid: " + e.getMessage(), e);
            }
        }
    }
}
