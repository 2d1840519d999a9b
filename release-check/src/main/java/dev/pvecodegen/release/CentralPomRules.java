package dev.pvecodegen.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maven Central's requirements on a deployed POM (coordinates, name, description, url, a license with name and
 * url, a developer, scm url and connection) plus this project's own (issueManagement). Everything but the name
 * may be inherited from a parent POM, which then has to be in the same deployment: Central resolves it there.
 */
final class CentralPomRules {
    private final Map<PomFacts.Coordinates, PomFacts> staged;

    /** @param staged every POM of the staging layout, by its coordinates */
    CentralPomRules(Map<PomFacts.Coordinates, PomFacts> staged) {
        this.staged = staged;
    }

    /** The problems of one POM; empty when it meets every rule. */
    List<String> check(PomFacts.Coordinates coordinates, PomFacts pom) {
        List<String> problems = new ArrayList<>();
        List<PomFacts> chain = chain(pom, problems);
        require(chain, p -> p.groupId().or(() -> p.parent().map(PomFacts.Coordinates::groupId)), "groupId", problems);
        require(chain, PomFacts::version, "version", problems);
        if (pom.artifactId().isEmpty()) {
            problems.add("no artifactId");
        }
        if (pom.name().isEmpty()) {
            problems.add("no name (Central needs one per artifact; it is not inherited)");
        }
        require(chain, PomFacts::description, "description", problems);
        require(chain, PomFacts::url, "url", problems);
        require(chain, p -> firstComplete(p.licenses()), "license with name and url", problems);
        require(chain, p -> p.developers().stream().findFirst(), "developer", problems);
        require(chain, PomFacts::scmUrl, "scm/url", problems);
        require(chain, PomFacts::scmConnection, "scm/connection", problems);
        require(chain, PomFacts::issueManagementUrl, "issueManagement/url", problems);
        if (!coordinates.artifactId().equals(pom.artifactId().orElse(coordinates.artifactId()))) {
            problems.add("artifactId " + pom.artifactId().orElse("") + " does not match its place "
                    + coordinates.artifactId());
        }
        return problems;
    }

    /** The POM, then its parent, grandparent…, as far as they are staged. */
    private List<PomFacts> chain(PomFacts pom, List<String> problems) {
        List<PomFacts> chain = new ArrayList<>();
        PomFacts current = pom;
        while (current != null && chain.size() < 16) {
            chain.add(current);
            Optional<PomFacts.Coordinates> parent = current.parent();
            if (parent.isEmpty()) {
                break;
            }
            current = staged.get(parent.get());
            if (current == null) {
                problems.add("parent " + parent.get() + " is not in the staging layout (Central resolves inherited"
                        + " elements from the same deployment)");
            }
        }
        return chain;
    }

    private static void require(
            List<PomFacts> chain, Function<PomFacts, Optional<String>> element, String what, List<String> problems) {
        if (chain.stream().map(element).noneMatch(Optional::isPresent)) {
            problems.add("no " + what + " (neither declared nor inherited)");
        }
    }

    private static Optional<String> firstComplete(List<String> licenses) {
        return licenses.stream()
                .filter(l -> !l.startsWith("|") && !l.endsWith("|"))
                .findFirst();
    }
}
