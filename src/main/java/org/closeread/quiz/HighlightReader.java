package org.closeread.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.closeread.article.Article;
import org.closeread.article.Block;
import org.closeread.article.TextSpan;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.YamlMap;

/**
 * Reads the blocks and targets of a highlight question. Targets are anchored like annotations, but
 * only inside the question's blocks; an alternative is the occurrence in those blocks that overlaps
 * its target, or the only occurrence there.
 */
final class HighlightReader {

    static final List<String> KEYS = List.of("blocks", "targets");
    private static final Set<String> TARGET_KEYS = Set.of("text", "occurrence", "alternatives");

    private HighlightReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where, Article article) {
        List<Block> blocks = blocks(map, where, article);
        List<Integer> indices = blocks.stream().map(Block::index).toList();
        Words words = new Words(blocks);
        List<Target> targets = new ArrayList<>();
        List<YamlMap> maps = map.maps("targets");
        if (maps.isEmpty()) {
            map.problems().add(map.line("targets"), "problem.highlight.targets-mark", where);
        }
        for (int i = 0; i < maps.size(); i++) {
            YamlMap target = maps.get(i);
            String at = where + ", target " + (i + 1);
            target.allowOnly(TARGET_KEYS, at);
            List<String> alternatives = target.strings("alternatives");
            if (blocks.isEmpty()) {
                continue;
            }
            Optional<TextSpan> span = LessonFileReader.anchor(target, article, indices, at);
            if (span.isPresent()) {
                requireWords(span.get(), words, target, "text", at);
                List<TextSpan> accepted = new ArrayList<>();
                for (String alternative : alternatives) {
                    alternative(alternative, span.get(), article, indices, target, at).ifPresent(accepted::add);
                }
                accepted.forEach(a -> requireWords(a, words, target, "alternatives", at));
                targets.add(new Target(span.get(), accepted));
            }
        }
        return stem -> new HighlightQuestion(stem, blocks, targets);
    }

    private static List<Block> blocks(YamlMap map, String where, Article article) {
        List<String> names = map.strings("blocks");
        if (names.isEmpty()) {
            map.problems().add(map.line("blocks"), "problem.highlight.names-blocks-mark-give", where);
        }
        List<Block> blocks = new ArrayList<>();
        for (String name : names) {
            Optional<Block> block = article.block(name.startsWith("#") ? name.substring(1) : name);
            if (block.isEmpty()) {
                map.problems().add(map.line("blocks"), "problem.highlight.article-txt-block", where, name);
            } else if (!blocks.contains(block.get())) {
                blocks.add(block.get());
            }
        }
        return blocks;
    }

    private static Optional<TextSpan> alternative(String text, TextSpan target, Article article,
                                                  List<Integer> blocks, YamlMap map, String where) {
        List<TextSpan> found = article.occurrences(text).stream().filter(s -> blocks.contains(s.block())).toList();
        Optional<TextSpan> onTarget = found.stream().filter(s -> s.overlaps(target)).findFirst();
        if (onTarget.isPresent() || found.size() == 1) {
            return onTarget.or(() -> Optional.of(found.get(0)));
        }
        if (found.isEmpty()) {
            map.problems().add(map.line("alternatives"), "problem.highlight.alternative-not-found", where, text);
        } else {
            map.problems().add(map.line("alternatives"), "problem.highlight.alternative-off-target", where, text,
                    found.size());
        }
        return Optional.empty();
    }

    private static void requireWords(TextSpan span, Words words, YamlMap map, String key, String where) {
        if (words.in(span).isEmpty()) {
            map.problems().add(map.line(key), "problem.highlight.word-mark", where, words.text(span));
        }
    }
}
