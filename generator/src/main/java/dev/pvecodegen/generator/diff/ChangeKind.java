package dev.pvecodegen.generator.diff;

import java.util.Locale;

/**
 * What changed between two schemas. Most kinds always have the same {@link #defaultSeverity()}; a few
 * ({@code FORMAT_CHANGED}, {@code RANGE_CHANGED}, …) are breaking in one direction and additive in the other,
 * and the comparison decides per change.
 */
public enum ChangeKind {
    OPERATION_ADDED(Severity.ADDITIVE),
    OPERATION_REMOVED(Severity.BREAKING),
    /** The apidoc {@code name} changed; generated method names come from path and verb, so only the alias moves. */
    OPERATION_ALIAS_CHANGED(Severity.NEUTRAL),
    /** {@code allowtoken} changed: API tokens are now refused (breaking) or accepted (additive). */
    TOKEN_SUPPORT_CHANGED(Severity.BREAKING),
    RETURN_TYPE_CHANGED(Severity.BREAKING),
    /** The payload changed between JSON and a raw stream (PBS {@code DOWNLOAD}/{@code UPLOAD}). */
    BODY_KIND_CHANGED(Severity.BREAKING),
    /** A parameter appeared; breaking when it is required. */
    PARAMETER_ADDED(Severity.ADDITIVE),
    PARAMETER_REMOVED(Severity.BREAKING),
    /** A property of an object (usually a returned one) appeared; breaking only for a required input. */
    PROPERTY_ADDED(Severity.ADDITIVE),
    PROPERTY_REMOVED(Severity.BREAKING),
    /** Optional became required: breaking for inputs, additive for responses. */
    NOW_REQUIRED(Severity.BREAKING),
    /** Required became optional: additive for inputs, breaking for responses (the getter may return null). */
    NOW_OPTIONAL(Severity.ADDITIVE),
    TYPE_CHANGED(Severity.BREAKING),
    FORMAT_CHANGED(Severity.BREAKING),
    PATTERN_CHANGED(Severity.BREAKING),
    RANGE_CHANGED(Severity.BREAKING),
    ENUM_VALUES_ADDED(Severity.ADDITIVE),
    ENUM_VALUES_REMOVED(Severity.BREAKING),
    /** A property-string sub-key appeared; breaking only for a required input. */
    SUB_KEY_ADDED(Severity.ADDITIVE),
    SUB_KEY_REMOVED(Severity.BREAKING),
    /** The property-string key that may be written without {@code key=} changed. */
    DEFAULT_KEY_CHANGED(Severity.BREAKING),
    /** The index range of a {@code name[n]} family changed. */
    FAMILY_RANGE_CHANGED(Severity.BREAKING),
    /** The list separator of a list string changed: the same Java list is written differently on the wire. */
    SEPARATOR_CHANGED(Severity.BREAKING),
    /** Unknown keys of an object are now accepted (additive) or rejected/typed differently (breaking). */
    ADDITIONAL_PROPERTIES_CHANGED(Severity.BREAKING),
    /** The discriminator values a union property applies to changed. */
    UNION_VARIANTS_CHANGED(Severity.BREAKING),
    /** The generated class at the same place has another name: code that names it no longer compiles. */
    CLASS_RENAMED(Severity.BREAKING),
    /** Classes that were distinct are one class now (a shared shape or a family of format variants). */
    CLASSES_MERGED(Severity.BREAKING),
    /** The description now (or no longer) says the element is deprecated. */
    DEPRECATION_CHANGED(Severity.NEUTRAL),
    /** A supplement entry that added to the old model: the new schema declares the same, identically. */
    SUPPLEMENT_REDUNDANT(Severity.NEUTRAL);

    private final Severity defaultSeverity;

    ChangeKind(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Lower-case, dash-separated label for reports ({@code enum-values-removed}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
