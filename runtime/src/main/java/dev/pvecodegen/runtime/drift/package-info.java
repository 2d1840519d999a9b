/**
 * The drift report: what the generated types did not expect in the answers a client decoded (undeclared fields,
 * values of another type, data on operations generated as {@code void}, enum values the schema does not list),
 * counted per operation and field. Read it with {@link dev.pvecodegen.runtime.PveClient#drift()}.
 */
package dev.pvecodegen.runtime.drift;
