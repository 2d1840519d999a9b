/**
 * Recording answers: {@link dev.pvecodegen.runtime.record.RecordingExecutor} writes every answer an
 * {@link dev.pvecodegen.runtime.ApiExecutor} receives as one JSON file, with every secret redacted before anything
 * is written ({@link dev.pvecodegen.runtime.record.SecretRules}), within a file and a size cap. The files feed the
 * simulator's replay and {@code pvecodegen learn}.
 */
package dev.pvecodegen.runtime.record;
