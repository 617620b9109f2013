package org.closeread.quiz.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.closeread.article.Article;
import org.closeread.article.TextSpan;
import org.closeread.base.SafeMarkdown;
import org.closeread.base.ui.component.SpanMarker;
import org.closeread.quiz.FeedbackLine;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.Verdict;
import org.closeread.quiz.Result;
import org.closeread.quiz.SpanReport;

/** What a student learns after answering: the verdict, feedback per option or span, the explanation. */
class ResultPanel extends Composite<Div> {

    private final Article article;
    private final Function<String, Optional<Component>> reviewLink;

    ResultPanel(Article article, Function<String, Optional<Component>> reviewLink) {
        this.article = article;
        this.reviewLink = reviewLink;
        getContent().addClassName("result-panel");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().setVisible(false);
    }

    void clear() {
        getContent().removeAll();
        getContent().setVisible(false);
    }

    /** Before a written answer is self-checked: the model answer to compare with; the rubric comes below. */
    void showBeforeSelfCheck(Result result) {
        Div root = getContent();
        root.removeAll();
        root.setVisible(true);
        root.getElement().setAttribute("data-verdict", "to-check");
        H3 heading = new H3(Translations.text("quiz.result.check-yourself"));
        heading.addClassName("result-heading");
        root.add(heading);
        result.selfCheck().ifPresent(check -> {
            Paragraph model = new Paragraph(Translations.text("quiz.model-answer", check.modelAnswer()));
            model.addClassName("model-answer");
            root.add(model);
        });
    }

    void show(Result result, PromptView prompt) {
        List<Integer> blocks = prompt.blocks();
        Div root = getContent();
        root.removeAll();
        root.setVisible(true);
        root.getElement().setAttribute("data-verdict", verdictClass(result));
        H3 heading = new H3(headline(result, prompt));
        heading.addClassName("result-heading");
        root.add(heading);
        List<FeedbackLine> lines = result.feedback().stream()
                .filter(line -> !line.subject().isEmpty() || line.hasNote()).toList();
        if (!lines.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("feedback-lines");
            for (FeedbackLine line : lines) {
                ListItem item = new ListItem();
                if (!line.subject().isEmpty()) {
                    // A note about the answer as a whole (no subject) needs no label: the heading gives it.
                    Span verdict = new Span(Verdicts.label(line.verdict()));
                    verdict.addClassNames("verdict", "verdict-" + line.verdict().name().toLowerCase());
                    item.add(verdict);
                }
                if (!line.subject().isEmpty()) {
                    Span subject = new Span(line.subject());
                    subject.addClassName("feedback-subject");
                    item.add(subject);
                }
                if (!line.note().isEmpty()) {
                    item.add(new Span(line.note()));
                }
                line.message().ifPresent(words -> item.add(new Span(Translations.text(words.key(), words.arguments()))));
                list.add(item);
            }
            root.add(list);
        }
        result.spans().ifPresent(report -> root.add(spans(report, blocks)));
        result.selfCheck().ifPresent(check -> {
            Paragraph model = new Paragraph(Translations.text("quiz.model-answer", check.modelAnswer()));
            model.addClassName("model-answer");
            root.add(model);
        });
        if (result.toMark()) {
            Paragraph waiting = new Paragraph(Translations.text("quiz.waiting-for-mark"));
            waiting.addClassName("to-mark");
            root.add(waiting);
        }
        result.teacherMark().ifPresent(mark -> {
            Paragraph marked = new Paragraph(Translations.text("quiz.marked.points", mark.met().size(), mark.rubric().size()));
            marked.addClassName("teacher-mark");
            root.add(marked);
            if (!mark.comment().isEmpty()) {
                Paragraph comment = new Paragraph(Translations.text("quiz.teacher-comment", mark.comment()));
                comment.addClassName("teacher-comment");
                root.add(comment);
            }
        });
        Div explanation = new Div(new Html(SafeMarkdown.toHtml(result.explanation())));
        explanation.addClassName("result-explanation");
        root.add(explanation);
    }

    void reviewHint(Optional<String> stepId) {
        stepId.flatMap(reviewLink).ifPresent(link -> {
            Paragraph hint = new Paragraph(Translations.text("quiz.result-panel.review"));
            hint.addClassName("review-hint");
            hint.add(link);
            getContent().add(hint);
        });
    }

    private Component spans(SpanReport report, List<Integer> blocks) {
        SpanMarker marker = new SpanMarker(Translations.text("quiz.result-panel.your-marks-compared-with"));
        marker.setBlocks(blocks.stream().map(article::block)
                .map(b -> new SpanMarker.Block(b.index(), b.kind().name().toLowerCase(), b.text())).toList());
        Map<SpanMarker.Mark, String> classes = new LinkedHashMap<>();
        put(classes, report.hits(), "hit");
        put(classes, report.misses(), "miss");
        put(classes, report.falseMarks(), "false");
        marker.setMarks(List.copyOf(classes.keySet()));
        marker.setMarkClasses(classes);
        marker.setReadOnly(true);
        marker.setWidthFull();
        Paragraph legend = new Paragraph(Translations.text("quiz.spans.legend", report.hits().size(), report.misses().size(),
                report.falseMarks().size(), Math.round(report.found() * 100), Math.round(report.discernment() * 100)));
        legend.addClassName("span-legend");
        return new Div(legend, marker);
    }

    private static void put(Map<SpanMarker.Mark, String> classes, List<TextSpan> spans, String kind) {
        spans.forEach(s -> classes.put(new SpanMarker.Mark(s.block(), s.start(), s.end()), kind));
    }

    static String headline(Result result) {
        return headline(result, null);
    }

    /**
     * The verdict on the whole answer. An order answer's score counts neighbouring pairs ("B straight after
     * A"), not items, so a partly right one says how many pairs it kept: the items labelled Not right are
     * only the fewest that would have to move, and the two counts differ.
     */
    static String headline(Result result, PromptView prompt) {
        if (!result.answered()) {
            return Translations.text("quiz.result.not-answered");
        }
        if (result.toMark()) {
            return Translations.text("quiz.result.to-mark");
        }
        if (result.teacherMark().isPresent()) {
            return Translations.text("quiz.result.marked.points",
                    result.teacherMark().orElseThrow().met().size(), result.teacherMark().orElseThrow().rubric().size());
        }
        if (result.selfChecked()) {
            return Translations.text("quiz.result.self-checked", result.selfCheck().orElseThrow().ticked().size(),
                    Math.max(1, result.selfCheck().orElseThrow().rubric().size()));
        }
        if (result.correct()) {
            return Translations.text("verdict.right");
        }
        if (result.score() > 0 && prompt != null && prompt.type() == QuestionType.ORDER && prompt.items().size() > 1) {
            int pairs = prompt.items().size() - 1;
            long toMove = result.feedback().stream().filter(line -> !line.subject().isEmpty())
                    .filter(line -> line.verdict() == Verdict.WRONG || line.verdict() == Verdict.MISSED).count();
            return Translations.text("quiz.result.partly.order", Math.round(result.score() * pairs), pairs,
                    Math.round(result.score() * 100), toMove);
        }
        return result.score() > 0 ? Translations.text("quiz.result.partly", Math.round(result.score() * 100))
                : Translations.text("verdict.wrong");
    }

    private static String verdictClass(Result result) {
        if (result.correct()) {
            return "right";
        }
        return result.score() > 0 ? "partly" : "wrong";
    }
}
