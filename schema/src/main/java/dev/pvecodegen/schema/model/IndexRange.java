package dev.pvecodegen.schema.model;

/**
 * The index range of an indexed family {@code name[n]}. apidoc drops the maximum index, so it comes from a table
 * of known families (see the format reference, section 7), with the evidence recorded.
 *
 * @param min the lowest index (always 0 so far)
 * @param max the highest index, inclusive
 * @param known false when the family is not in the table and {@code max} is a conservative guess
 */
public record IndexRange(int min, int max, boolean known) {
    public IndexRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad index range " + min + ".." + max);
        }
    }

    public boolean contains(int index) {
        return index >= min && index <= max;
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }
}
