/**
 * Small helpers that only generated code calls: argument checks, open enums, property-string reading and
 * writing, lenient response objects. Not a stable API for hand-written code.
 */
package dev.pvecodegen.runtime.support;
