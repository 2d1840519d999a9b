package dev.pvecodegen.simulator.synth;

import dev.pvecodegen.schema.model.ApiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Plausible strings for synthesized answers: by property name, by format, or the first sample a pattern accepts. */
final class SampleStrings {
    private static final String[] CANDIDATES = {
        "pve",
        "100",
        "local",
        "alpha",
        "a",
        "1",
        "0",
        "vmbr0",
        "root@pam",
        "root@pam!automation",
        "192.0.2.10",
        "192.0.2.0/24",
        "2001:db8::10",
        "BC:24:11:00:00:01",
        "x86_64",
        "eth0",
        "sda",
        "/dev/sda",
        "daily",
        "local:iso/debian.iso",
        "net0",
        "abc-1",
        "default",
        "main",
        "1.0",
        "00000000-0000-0000-0000-000000000000",
        "0000:01:00.0",
        "Linux",
        "online",
        "ok",
        "id1",
        "10",
        "pve.example.invalid",
        "admin@example.invalid",
        "AA:BB",
        "sha256:0000",
        "v1",
        "none",
        "true",
        "1-2",
        "a:b",
        "A",
        "x",
        "vm-100-disk-0",
        "100-0",
        "+aes",
        "https://example.invalid/",
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
        // Patterns of settings that inference copies from a PUT into the answers of its GET: a backup job's
        // starttime, the datacenter's http_proxy, a realm's sync_attributes.
        "02:30",
        "http://proxy.example.invalid:3128",
        "email=mail",
    };

    private final String nodeName;

    SampleStrings(String nodeName) {
        this.nodeName = nodeName;
    }

    String string(ApiType.StringType type, String name, Map<String, String> vars, SplittableRandom random) {
        List<String> options = new ArrayList<>();
        byName(name, vars).ifPresent(options::add);
        type.format().flatMap(this::byFormat).ifPresent(options::add);
        if (type.pattern().isEmpty()) {
            options.add(CANDIDATES[3 + random.nextInt(5)]);
            return fit(options.get(0), type);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(type.pattern().get());
        } catch (PatternSyntaxException e) {
            return fit(options.isEmpty() ? "pve" : options.get(0), type);
        }
        for (String option : options) {
            if (pattern.matcher(option).matches()) {
                return option;
            }
        }
        for (String candidate : CANDIDATES) {
            if (pattern.matcher(candidate).matches() && fits(candidate, type)) {
                return candidate;
            }
        }
        return fit(options.isEmpty() ? "pve" : options.get(0), type);
    }

    private Optional<String> byName(String name, Map<String, String> vars) {
        if (name == null) {
            return Optional.empty();
        }
        if (vars.containsKey(name)) {
            return Optional.of(vars.get(name));
        }
        return switch (name) {
            case "node" -> Optional.of(nodeName);
            case "storage" -> Optional.of("local");
            case "userid", "user" -> Optional.of("root@pam");
            case "digest" -> Optional.of("0123456789abcdef0123456789abcdef01234567");
            case "type" -> Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> byFormat(String format) {
        return Optional.ofNullable(
                switch (format) {
                    case "pve-node" -> nodeName;
                    case "pve-vmid" -> "100";
                    case "pve-storage-id" -> "local";
                    case "pve-userid", "email-or-username" -> "root@pam";
                    case "pve-poolid", "pve-groupid", "pve-roleid" -> "alpha";
                    case "pve-realm" -> "pam";
                    case "mac-addr" -> "BC:24:11:00:00:01";
                    case "ip", "ipv4", "address" -> "192.0.2.10";
                    case "ipv6" -> "2001:db8::10";
                    case "CIDR", "CIDRv4", "IPorCIDR", "IPorCIDRorAlias" -> "192.0.2.0/24";
                    case "CIDRv6" -> "2001:db8::/64";
                    case "pve-volume-id" -> "local:iso/debian.iso";
                    case "pve-configid" -> "net0";
                    case "pve-calendar-event" -> "daily";
                    case "dns-name" -> "pve.example.invalid";
                    case "pve-iface" -> "vmbr0";
                    case "email-opt", "email" -> "admin@example.invalid";
                    default -> null;
                });
    }

    String opaque(String format) {
        return switch (format) {
            case "pve-qm-boot" -> "order=scsi0;net0";
            case "pve-vm-cpu-conf" -> "x86-64-v2-AES";
            case "pve-startup-order" -> "order=1";
            case "prune-backups" -> "keep-all=1";
            case "pve-qm-smbios1" -> "uuid=00000000-0000-0000-0000-000000000000";
            default -> "";
        };
    }

    String upid(Map<String, String> vars) {
        return "UPID:" + vars.getOrDefault("node", nodeName) + ":00001000:00100000:00000000:unknown::root@pam:";
    }

    private static String fit(String text, ApiType.StringType type) {
        String fitted = text;
        int min = type.minLength().orElse(0);
        while (fitted.length() < min) {
            fitted = fitted + "x";
        }
        int max = type.maxLength().orElse(Integer.MAX_VALUE);
        return fitted.length() > max ? fitted.substring(0, max) : fitted;
    }

    private static boolean fits(String text, ApiType.StringType type) {
        return text.length() >= type.minLength().orElse(0)
                && text.length() <= type.maxLength().orElse(Integer.MAX_VALUE);
    }
}
