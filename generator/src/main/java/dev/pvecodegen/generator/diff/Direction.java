package dev.pvecodegen.generator.diff;

/**
 * Which way a value travels. The same change can break one direction and not the other: a parameter becoming
 * optional helps callers, a returned property becoming optional can hand them a null.
 */
enum Direction {
    /** Parameters and their parts: what the client sends. */
    INPUT,
    /** Returns: what the client reads. */
    OUTPUT
}
