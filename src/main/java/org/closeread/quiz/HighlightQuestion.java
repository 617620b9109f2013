package org.closeread.quiz;

import java.util.List;
import java.util.Objects;
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

    @Override
    public Result score(Answer answer) {
        if (answer instanceof HighlightAnswer highlight) {
            return Result.of(stem, new SpanOverlapScoring(new Words(blocks), targets).score(highlight.marks()));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
