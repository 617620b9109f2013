package org.closeread.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.closeread.lesson.LessonPlan;
import org.closeread.lesson.LessonSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a draft as a lesson folder's two files, in the layout of {@code docs/lesson-format.md}: what
 * the lesson file reader reads back to the same lesson. Empty optional fields are left out; texts of
 * several lines are written as literal blocks ({@code |}); SnakeYAML quotes whatever needs quoting.
 */
final class LessonFileWriter {

    private LessonFileWriter() {
    }

    static LessonSource write(LessonDraft draft) {
        return new LessonSource(draft.slug(), articleText(draft), lessonYaml(draft));
    }

    static String articleText(LessonDraft draft) {
        List<String> blocks = new ArrayList<>();
        for (DraftBlock block : draft.blocks()) {
            String header = "[" + block.kind().name().toLowerCase(Locale.ROOT) + (block.id().isEmpty() ? "" : " #" + block.id())
                    + "]";
            blocks.add(header + "\n" + block.text() + "\n");
        }
        return String.join("\n", blocks);
    }

    static String lessonYaml(LessonDraft draft) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("slug", draft.slug());
        root.put("title", draft.title());
        putText(root, "level", draft.level());
        root.put("minutes", draft.minutes());
        putList(root, "objectives", draft.objectives());
        LessonPlan plan = draft.plan();
        putList(root, "skills", plan.skills());
        plan.timing().ifPresent(timing -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("wordsPerMinute", number(timing.wordsPerMinute()));
            map.put("perQuestion", number(timing.perQuestion()));
            putText(map, "note", timing.note());
            root.put("timing", map);
        });
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", draft.article().title());
        article.put("outlet", draft.article().outlet());
        putText(article, "date", draft.article().date());
        putText(article, "url", draft.article().url());
        putText(article, "licence", draft.article().licence());
        root.put("article", article);
        putList(root, "annotations", draft.annotations().stream().map(a -> annotation(a, plan)).toList());
        putList(root, "steps", draft.steps().stream().map(s -> step(s, plan)).toList());
        draft.quiz().filter(quiz -> !quiz.questions().isEmpty()).ifPresent(quiz -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", quiz.title());
            map.put("passMark", quiz.passMark());
            map.put("feedback", quiz.feedback().id());
            map.put("questions", quiz.questions().stream().map(q -> question(QuestionYaml.write(q), q.id(), plan))
                    .toList());
            root.put("quiz", map);
        });
        putList(root, "glossary", plan.glossary().stream().map(term -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("term", term.term());
            putList(map, "forms", term.forms());
            map.put("definition", term.definition());
            return map;
        }).toList());
        putList(root, "discussion", plan.discussion());
        if (!plan.guide().isEmpty()) {
            Map<String, Object> guide = new LinkedHashMap<>();
            putList(guide, "support", plan.guide().support());
            putList(guide, "stretch", plan.guide().stretch());
            putText(guide, "note", plan.guide().note());
            root.put("guide", guide);
        }
        return yaml().dump(root);
    }

    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? (Object) (long) value : (Object) value;
    }

    /** A question's map with its path, discernment and transfer marks, as the plan holds them. */
    private static Map<String, Object> question(Map<String, Object> map, String id, LessonPlan plan) {
        if (plan.extensionQuestions().contains(id)) {
            map.put("path", "extension");
        }
        if (plan.discernment().contains(id)) {
            map.put("discernment", true);
        }
        if (plan.transfer().contains(id)) {
            map.put("transfer", true);
        }
        return map;
    }

    private static Map<String, Object> annotation(DraftAnnotation annotation, LessonPlan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", annotation.id());
        map.put("lens", annotation.lens().id());
        map.put("text", annotation.text());
        if (annotation.occurrence() > 0) {
            map.put("occurrence", annotation.occurrence());
        }
        if (plan.extensionAnnotations().contains(annotation.id())) {
            map.put("path", "extension");
        }
        map.putAll(annotation.facts());
        map.put("explanation", annotation.explanation());
        return map;
    }

    private static Map<String, Object> step(DraftStep step, LessonPlan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", step.id());
        map.put("title", step.title());
        map.put("lens", step.lens().id());
        if (plan.extensionSteps().contains(step.id())) {
            map.put("path", "extension");
        }
        putText(map, "text", step.text());
        putList(map, "reveal", step.reveal());
        putList(map, "exercises", step.exercises().stream()
                .map(q -> question(QuestionYaml.write(q.review().equals(step.id()) ? q.withReview("") : q), q.id(), plan))
                .toList());
        return map;
    }

    static void putText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putList(Map<String, Object> map, String key, List<?> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(120);
        return new Yaml(new TextRepresenter(options), options);
    }

    /** Texts of several lines as literal blocks, so teaching texts read in the file as they were typed. */
    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
        }

        @Override
        protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
            boolean lines = Tag.STR.equals(tag) && value.indexOf('\n') >= 0;
            return super.representScalar(tag, value, lines ? DumperOptions.ScalarStyle.LITERAL : style);
        }
    }
}
