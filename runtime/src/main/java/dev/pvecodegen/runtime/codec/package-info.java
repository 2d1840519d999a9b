/** Wire text of parameter values: 1/0 booleans, {@code -list} strings, property-string primitives. */
package dev.pvecodegen.runtime.codec;
