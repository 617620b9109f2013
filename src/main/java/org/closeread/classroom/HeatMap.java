package org.closeread.classroom;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.closeread.article.Block;
import org.closeread.article.TextSpan;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.HighlightQuestion;

/**
 * For a highlight question: how many of the students who answered marked each word, against the key.
 * A key word marked is a hit and left unmarked a miss; any other word marked is a false mark. Words are
 * counted as scoring counts them (a mark covers every word it touches).
 */
public record HeatMap(String questionId, int students, List<HeatBlock> blocks) {

    /** One block of the article with the heat of each of its words. */
    public record HeatBlock(int block, String text, List<WordHeat> words) {
        public HeatBlock {
            Objects.requireNonNull(text, "text");
            words = List.copyOf(words);
        }
    }

    /** One word: {@code [start, end)} in its block, how many students marked it, whether the key has it. */
    public record WordHeat(int block, int start, int end, String text, int marked, boolean key) {

        public int hits() {
            return key ? marked : 0;
        }

        public int falseMarks() {
            return key ? 0 : marked;
        }

        /** 0 for a word nobody marked, then 1 to 4 by the share of students who marked it. */
        public int level(int students) {
            return marked == 0 || students == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * marked / students));
        }
    }

    public HeatMap {
        Objects.requireNonNull(questionId, "questionId");
        blocks = List.copyOf(blocks);
    }

    public static HeatMap of(HighlightQuestion question, List<HighlightAnswer> answers) {
        Map<TextSpan, Integer> marked = new HashMap<>();
        for (HighlightAnswer answer : answers) {
            question.wordsMarked(answer).forEach(word -> marked.merge(word, 1, Integer::sum));
        }
        Set<TextSpan> key = question.keyWords();
        List<TextSpan> words = question.words();
        List<HeatBlock> blocks = question.blocks().stream()
                .sorted(Comparator.comparingInt(Block::index))
                .map(block -> new HeatBlock(block.index(), block.text(), words.stream()
                        .filter(w -> w.block() == block.index())
                        .map(w -> new WordHeat(w.block(), w.start(), w.end(), block.text().substring(w.start(), w.end()),
                                marked.getOrDefault(w, 0), key.contains(w)))
                        .toList()))
                .toList();
        return new HeatMap(question.id(), answers.size(), blocks);
    }

    public List<WordHeat> words() {
        return blocks.stream().flatMap(b -> b.words().stream()).toList();
    }

    /** Key words marked, summed over students. */
    public int hits() {
        return words().stream().mapToInt(WordHeat::hits).sum();
    }

    /** Key words left unmarked, summed over students. */
    public int misses() {
        return words().stream().filter(WordHeat::key).mapToInt(w -> students - w.marked()).sum();
    }

    /** Words outside the key marked, summed over students. */
    public int falseMarks() {
        return words().stream().mapToInt(WordHeat::falseMarks).sum();
    }

    /** The words outside the key marked most often, most first: what to discuss. */
    public List<WordHeat> mostFalselyMarked(int limit) {
        return words().stream().filter(w -> w.falseMarks() > 0)
                .sorted(Comparator.comparingInt(WordHeat::falseMarks).reversed()).limit(limit).toList();
    }
}
