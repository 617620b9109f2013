package org.closeread.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every quotation of the first article (China–Russia defence ministers), read by hand: the
 * words it starts with, who said it and who passed it on. The regression test and the
 * quality benchmark both hold the analyser to this list.
 */
final class FirstArticleQuotes {

    record Expected(String opening, String speaker, boolean named, String channel) {
    }

    static final List<Expected> ALL = List.of(
            new Expected("‘Our interaction is important", "Dong Jun", true, null),
            new Expected("‘powering Russia’s brutal war", "Antony Blinken", true, null),
            new Expected("“particular importance”", "Dong Jun", true, null),
            new Expected("“In a volatile international environment", "Dong Jun", true, "TASS news agency"),
            new Expected("“continue to develop", "Sergey Shoigu", true, null),
            new Expected("‘right time’", "China’s top diplomat", false, null),
            new Expected("‘right time’", "China’s top diplomat", false, null),
            new Expected("“We regularly carry out", "Sergey Shoigu", true, "unnamed"),
            new Expected("“the West’s geopolitical escapades", "Sergey Shoigu", true, null),
            new Expected("“on the fundamental issues", "Sergey Shoigu", true, null),
            new Expected("“no limit partnership”", "China", true, null),
            new Expected("“a material effect in Ukraine”", "Washington", true, null),
            new Expected("“was extremely clear", "Antony Blinken", true, null),
            new Expected("“I reiterated our serious concern", "Antony Blinken", true, null),
            new Expected("“China is the top supplier", "Antony Blinken", true, null));

    private FirstArticleQuotes() {
    }

    static String text() {
        try (InputStream in = FirstArticleQuotes.class.getResourceAsStream("china-russia-defence-ministers.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
