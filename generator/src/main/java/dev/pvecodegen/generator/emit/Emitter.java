package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.TypeSpec;

/**
 * One kind of generated source: enums, property strings, requests, responses, resources.
 *
 * @param <T> what the emitter turns into a class
 */
interface Emitter<T> {
    TypeSpec emit(T subject);
}
