package dev.pvecodegen.generator;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath the path below the output directory, {@code /}-separated ({@code dev/x/Pve.java})
 * @param content the file's text (UTF-8 when written)
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
        if (relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("not a safe relative path: " + relativePath);
        }
    }
}
