package org.closeread.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.closeread.article.Article;
import org.closeread.article.TextSpan;

/**
 * The key of a highlight question, made by marking the text: the marks become the targets, and the
 * blocks students mark in are those holding a mark plus any the teacher adds. Blocks without an id get
 * one, since the lesson file names them. A target marked again where it was keeps its alternatives.
 */
public final class HighlightKey {

    private HighlightKey() {
    }

    /** The draft with ids for the question's blocks, and the question with those blocks and the marks as targets. */
    public record Keyed(LessonDraft draft, DraftQuestion question) {
    }

    public static Keyed apply(LessonDraft draft, DraftQuestion question, List<TextSpan> marks,
                              Collection<Integer> extraBlocks) {
        TreeSet<Integer> indices = new TreeSet<>(extraBlocks);
        marks.forEach(mark -> indices.add(mark.block()));
        LessonDraft named = draft.withBlockIds(indices);
        Article article = named.toArticle();
        List<DraftTarget> previous = question.targets();
        List<DraftTarget> targets = new ArrayList<>();
        for (TextSpan mark : marks.stream().sorted().toList()) {
            Anchors.Anchor anchor = Anchors.of(article, indices, mark);
            List<String> alternatives = previous.stream()
                    .filter(t -> t.text().equals(anchor.text()) && t.occurrence() == anchor.occurrence())
                    .findFirst().map(DraftTarget::alternatives).orElse(List.of());
            targets.add(new DraftTarget(anchor.text(), anchor.occurrence(), alternatives));
        }
        List<String> blockIds = indices.stream().map(i -> named.blocks().get(i).id()).toList();
        DraftQuestion keyed = new DraftQuestion(question.id(), question.type(), question.prompt(),
                question.explanation(), question.review(), List.of(), true, "", "", blockIds, targets, List.of(),
                List.of(), List.of(), "", List.of());
        return new Keyed(named, keyed);
    }

    /** The block indices a question's block ids name, in article order (unknown ids are left out). */
    public static List<Integer> blocks(LessonDraft draft, DraftQuestion question) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < draft.blocks().size(); i++) {
            String id = draft.blocks().get(i).id();
            if (!id.isEmpty() && question.blocks().contains(id)) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** Where the question's targets lie, for showing them as marks; targets not found are left out. */
    public static List<TextSpan> marks(LessonDraft draft, DraftQuestion question) {
        Article article = draft.toArticle();
        List<Integer> blocks = blocks(draft, question);
        return question.targets().stream()
                .map(t -> Anchors.find(article, blocks, t.text(), t.occurrence()))
                .flatMap(Optional::stream).toList();
    }
}
