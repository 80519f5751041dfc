package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("The documentation's links")
class DocsLinksTest {

    private static final Pattern DOC = Pattern.compile("(docs/[\\w.-]+\\.md)(#[\\w-]+)?");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    @DisplayName("every docs page --help names exists, with the section it names")
    void helpNamesPagesThatExist() throws IOException {
        List<String> footers = new ArrayList<>();
        collect(Gan4j.commandLine(), footers);
        assertThat(footers).hasSizeGreaterThan(5);
        for (String footer : footers) {
            Matcher m = DOC.matcher(footer);
            while (m.find()) {
                assertResolves(Path.of(m.group(1)), m.group(2), footer);
            }
        }
    }

    @Test
    @DisplayName("every relative link of README.md and docs/*.md reaches a file, and its #section exists")
    void markdownLinksResolve() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher m = MD_LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http") || target.startsWith("mailto:")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved =
                        file.isEmpty() ? page : page.resolveSibling(file).normalize();
                assertResolves(resolved, hash < 0 ? null : target.substring(hash), page + ": " + target);
            }
        }
    }

    private static void collect(CommandLine cl, List<String> footers) {
        footers.add(String.join("\n", cl.getCommandSpec().usageMessage().footer()));
        cl.getSubcommands().values().forEach(sub -> collect(sub, footers));
    }

    private static void assertResolves(Path file, String anchor, String where) throws IOException {
        assertThat(file).as(where).exists();
        if (anchor != null && file.toString().endsWith(".md")) {
            List<String> anchors = Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith("#"))
                    .map(DocsLinksTest::anchor)
                    .toList();
            assertThat(anchors).as(where).contains(anchor.substring(1));
        }
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    private static String anchor(String heading) {
        return heading.replaceFirst("^#+\\s*", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }
}
