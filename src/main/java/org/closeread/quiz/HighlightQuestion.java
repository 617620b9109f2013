package org.closeread.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.closeread.article.Block;
import org.closeread.article.TextSpan;

/**
 * Mark the phrases asked for in some blocks of the article. Holds the blocks themselves, since
 * scoring counts their words.
 */
public record HighlightQuestion(Stem stem, List<Block> blocks, List<Target> targets) implements Question {

    public HighlightQuestion {
        Objects.requireNonNull(stem, "stem");
        blocks = List.copyOf(blocks);
        targets = List.copyOf(targets);
        if (blocks.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException(stem.id() + ": a highlight question needs blocks and targets");
        }
        Words words = new Words(blocks);
        for (Target target : targets) {
            for (TextSpan wording : target.accepted()) {
                if (words.in(wording).isEmpty()) {
                    throw new IllegalArgumentException(stem.id() + ": " + wording + " has no word in its blocks");
                }
            }
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.HIGHLIGHT;
    }

    @Override
    public PromptView promptView() {
        return PromptView.highlight(stem, blocks.stream().map(Block::index).toList());
    }

    /** Every word of the question's blocks, in reading order (the words marks are counted in). */
    public List<TextSpan> words() {
        return List.copyOf(new Words(blocks).in(blocks.stream()
                .map(b -> new TextSpan(b.index(), 0, b.text().length())).toList()));
    }

    /** The words of the key: those of every target and every accepted wording of it. */
    public Set<TextSpan> keyWords() {
        Words words = new Words(blocks);
        Set<TextSpan> key = new TreeSet<>();
        targets.forEach(target -> key.addAll(words.in(target.accepted())));
        return key;
    }

    /** The words an answer marks (a mark covers every word it touches), in reading order. */
    public Set<TextSpan> wordsMarked(HighlightAnswer answer) {
        return new Words(blocks).in(answer.marks());
    }

    /** The phrases an answer marks, as text: neighbouring marked words joined, in reading order. */
    public List<String> markedRuns(HighlightAnswer answer) {
        Words words = new Words(blocks);
        return words.runs(words.in(answer.marks())).stream().map(words::text).toList();
    }

    @Override
    public Result score(Answer answer) {
        if (answer instanceof HighlightAnswer highlight) {
            return Result.of(stem, new SpanOverlapScoring(new Words(blocks), targets).score(highlight.marks()));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
