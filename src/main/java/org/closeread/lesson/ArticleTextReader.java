package org.closeread.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;

/**
 * Reads {@code article.txt}: blocks separated by a blank line, each opened by a header such as
 * {@code [paragraph]} or {@code [paragraph #dong-tass]}. Lines starting with {@code %} are comments.
 */
final class ArticleTextReader {

    static final String FILE = "article.txt";
    private static final Pattern HEADER = Pattern.compile("\\[([a-z]+)(?:\\s+#([a-z0-9][a-z0-9-]*))?]\\s*");

    private ArticleTextReader() {
    }

    static List<Block> read(String text, Problems problems) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace("\uFEFF", "").split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank() || lines[i].startsWith("%")) {
                i++;
                continue;
            }
            int headerLine = i + 1;
            Matcher header = HEADER.matcher(lines[i].strip());
            BlockKind kind = null;
            String name = null;
            if (!header.matches()) {
                problems.add(headerLine, "problem.article.expected-block-header-such", lines[i].strip());
            } else {
                kind = kind(header.group(1), headerLine, problems);
                name = header.group(2);
            }
            i++;
            List<String> body = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                if (!lines[i].startsWith("%")) {
                    body.add(lines[i]);
                }
                i++;
            }
            if (body.isEmpty()) {
                problems.add(headerLine, "problem.article.block-text");
            } else if (kind != null) {
                String blockName = name;
                if (blockName != null && blocks.stream().anyMatch(b -> blockName.equals(b.name()))) {
                    problems.add(headerLine, "problem.article.block-id-used-twice", name);
                } else if (blockName != null && blockName.length() > LessonFileReader.ID_MAX_LENGTH) {
                    problems.add(headerLine, "problem.article.block-id-longer-than", name, LessonFileReader.ID_MAX_LENGTH);
                }
                blocks.add(new Block(blocks.size(), kind, name, String.join("\n", body)));
            }
        }
        if (blocks.isEmpty() && problems.isEmpty()) {
            problems.add(1, "problem.article.article-blocks");
        }
        return blocks;
    }

    private static BlockKind kind(String word, int line, Problems problems) {
        try {
            return BlockKind.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(line, "problem.article.unknown-block-kind-use", word);
            return null;
        }
    }
}
