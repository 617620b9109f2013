package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.closeread.article.Block;
import org.closeread.article.Lens;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonPlanReader;
import org.closeread.lesson.LessonSource;
import org.closeread.lesson.Problems;
import org.closeread.lesson.YamlMap;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.QuizReader;

/**
 * Reads a lesson folder's files into a draft to edit, leniently: what is missing or wrong stays
 * empty, since a draft may be unfinished. Checking is the lesson file reader's job, at publishing.
 * Uses the same YAML access ({@link YamlMap}) and article reader as the lesson file reader.
 */
final class DraftReader {

    private static final Set<String> ANNOTATION_KEYS = Set.of("id", "lens", "text", "occurrence", "explanation",
            LessonPlanReader.PATH);

    private DraftReader() {
    }

    static LessonDraft read(LessonSource source) {
        Problems ignored = new Problems(source.slug());
        List<DraftBlock> blocks = new ArrayList<>();
        for (Block block : LessonFileReader.readBlocks(source.articleText(), ignored)) {
            blocks.add(new DraftBlock(block.kind(), block.name(), block.text()));
        }
        Optional<YamlMap> parsed = YamlMap.parse(source.lessonYaml(), ignored);
        if (parsed.isEmpty()) {
            return new LessonDraft(source.slug(), "", "", LessonDraft.DEFAULT_MINUTES, List.of(),
                    ArticleDetails.empty(), blocks, List.of(), List.of(), Optional.empty());
        }
        YamlMap root = parsed.get();
        ArticleDetails article = root.map("article").map(map -> new ArticleDetails(map.string("title").orElse(""),
                map.string("outlet").orElse(""), map.string("date").orElse(""), map.string("url").orElse(""),
                map.string("licence").orElse(""))).orElseGet(ArticleDetails::empty);
        List<DraftAnnotation> annotations = new ArrayList<>();
        for (YamlMap map : root.maps("annotations")) {
            map.string("lens").flatMap(Lens::fromId).ifPresent(lens -> annotations.add(new DraftAnnotation(
                    map.string("id").orElse(""), lens, map.string("text").orElse(""),
                    map.integer("occurrence").orElse(0), map.string("explanation").orElse(""),
                    map.otherStrings(ANNOTATION_KEYS))));
        }
        List<DraftStep> steps = new ArrayList<>();
        for (YamlMap map : root.maps("steps")) {
            map.string("lens").flatMap(Lens::fromId).ifPresent(lens -> steps.add(new DraftStep(
                    map.string("id").orElse(""), map.string("title").orElse(""), lens, map.string("text").orElse(""),
                    map.strings("reveal"), questions(map.maps("exercises")))));
        }
        Optional<DraftQuiz> quiz = root.map("quiz").map(map -> new DraftQuiz(map.string("title").orElse(""),
                map.integer("passMark").filter(m -> m >= 0 && m <= 100).orElse(QuizReader.DEFAULT_PASS_MARK),
                map.string("feedback").flatMap(FeedbackTiming::fromId).orElse(FeedbackTiming.AFTER_EACH),
                questions(map.maps("questions"))));
        return new LessonDraft(source.slug(), root.string("title").orElse(""), root.string("level").orElse(""),
                root.integer("minutes").filter(m -> m > 0).orElse(LessonDraft.DEFAULT_MINUTES),
                root.strings("objectives"), article, blocks, annotations, steps, quiz, LessonPlanReader.read(root).withoutItemLists());
    }

    private static List<DraftQuestion> questions(List<YamlMap> maps) {
        return maps.stream().map(QuestionYaml::read).flatMap(Optional::stream).toList();
    }
}
