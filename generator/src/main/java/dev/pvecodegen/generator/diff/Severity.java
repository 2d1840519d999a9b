package dev.pvecodegen.generator.diff;

/** How a schema change affects code written against the client generated from the old schema. */
public enum Severity {
    /** Code written against the old client stops compiling or behaves differently at run time. */
    BREAKING,
    /** Something new appears; existing code keeps compiling and behaving the same. */
    ADDITIVE,
    /** No effect on the generated Java API (an apidoc alias or a documentation flag changed). */
    NEUTRAL
}
