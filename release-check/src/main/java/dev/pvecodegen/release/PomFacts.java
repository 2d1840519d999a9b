package dev.pvecodegen.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the release check reads from one POM, as written (not the effective model): Central validates the POMs as
 * deployed, resolving inheritance through parent POMs that are published too.
 *
 * @param parent the parent's coordinates, when there is one
 * @param licenses each license as {@code name|url}
 * @param developers each developer's name (or id when it has no name)
 */
record PomFacts(
        Optional<Coordinates> parent,
        Optional<String> groupId,
        Optional<String> artifactId,
        Optional<String> version,
        String packaging,
        Optional<String> name,
        Optional<String> description,
        Optional<String> url,
        List<String> licenses,
        List<String> developers,
        Optional<String> scmUrl,
        Optional<String> scmConnection,
        Optional<String> issueManagementUrl) {

    /** groupId:artifactId:version. */
    record Coordinates(String groupId, String artifactId, String version) {
        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    static PomFacts read(Path pom) throws IOException {
        Element project;
        try (InputStream in = Files.newInputStream(pom)) {
            project = parser().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
        Optional<Element> parentElement = child(project, "parent");
        Optional<Coordinates> parent = parentElement.map(p -> new Coordinates(
                text(p, "groupId").orElse(""),
                text(p, "artifactId").orElse(""),
                text(p, "version").orElse("")));
        List<String> licenses = new ArrayList<>();
        child(project, "licenses")
                .ifPresent(all -> children(all, "license")
                        .forEach(l -> licenses.add(text(l, "name").orElse("") + "|"
                                + text(l, "url").orElse(""))));
        List<String> developers = new ArrayList<>();
        child(project, "developers")
                .ifPresent(all -> children(all, "developer")
                        .forEach(d -> text(d, "name").or(() -> text(d, "id")).ifPresent(developers::add)));
        Optional<Element> scm = child(project, "scm");
        return new PomFacts(
                parent,
                text(project, "groupId"),
                text(project, "artifactId"),
                text(project, "version"),
                text(project, "packaging").orElse("jar"),
                text(project, "name"),
                text(project, "description"),
                text(project, "url"),
                List.copyOf(licenses),
                List.copyOf(developers),
                scm.flatMap(s -> text(s, "url")),
                scm.flatMap(s -> text(s, "connection")),
                child(project, "issueManagement").flatMap(i -> text(i, "url")));
    }

    /** A parser that reads no external entity or DTD (a POM never needs one). */
    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Direct children only: {@code <url>} of the project, not of its scm or a license. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
