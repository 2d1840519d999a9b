package dev.pvecodegen.runtime.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The indexed families ({@code net[n]} → {@code net}) a generated response class declares. Their members
 * ({@code net0}, {@code net1}, …) reach Jackson as undeclared fields; this tells the drift report that they are
 * declared after all. Read reflectively, and only when an answer holds a field the class has no property for.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IndexedFamilies {
    /** The family base names as on the wire, e.g. {@code {"net", "scsi"}}. */
    String[] value();
}
