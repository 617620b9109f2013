package org.closeread.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The split written in docs/analysis-quality.md is the one the seeded draw gives. */
class CorpusSplitTest {

    @Test
    void theDrawGivesTheDocumentedSets() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpora/gum-wikinews/xml"))) {
            names = files.map(p -> CorpusSplit.shortName(p.getFileName().toString().replace(".xml", ""))).toList();
        }
        assertEquals(20, names.size());
        assertEquals(Set.of("asylum", "clock", "election", "expo", "flag", "hackers", "imprisoned", "korea",
                "questionnaire", "taxes", "warming", "worship"), CorpusSplit.tuning(names));
        assertEquals(Set.of("afghan", "crane", "defector", "ie9", "lanterns", "soccer", "stampede", "warhol"),
                CorpusSplit.test(names));
    }
}
