package dev.pvecodegen.runtime.support;

import java.util.List;

/** Whether a wire name is a member ({@code net0}) of an indexed family a response class declares. */
final class Families {
    private static final ClassValue<List<String>> BASES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            IndexedFamilies families = type.getAnnotation(IndexedFamilies.class);
            return families == null ? List.of() : List.of(families.value());
        }
    };

    private Families() {}

    static boolean isMember(Class<?> type, String name) {
        for (String base : BASES.get(type)) {
            if (isMemberOf(base, name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code net0} … {@code net999999999} for base {@code net}, as {@code ResponseObject.family} reads them. */
    static boolean isMemberOf(String base, String name) {
        int digits = name.length() - base.length();
        if (digits < 1 || digits > 9 || !name.startsWith(base)) {
            return false;
        }
        for (int i = base.length(); i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
