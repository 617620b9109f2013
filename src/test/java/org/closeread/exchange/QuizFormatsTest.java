package org.closeread.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.FirstLessonDraft;
import org.closeread.authoring.LessonDraft;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.Test;

/** Moodle XML and GIFT, out and back in, on the first lesson's quiz (every question type). */
class QuizFormatsTest {

    private final LessonDraft lesson = FirstLessonDraft.draft();
    private final QuizForExport quiz = QuizForExport.of(lesson).orElseThrow();

    private List<DraftQuestion> questions() {
        return lesson.quiz().orElseThrow().questions();
    }

    @Test
    void the_first_lessons_quiz_has_every_type_to_export() {
        assertThat(questions()).extracting(DraftQuestion::type).contains(QuestionType.values());
    }

    @Test
    void moodle_xml_comes_back_as_it_went_out_except_highlight_which_becomes_multiple_choice() {
        byte[] xml = MoodleXmlFormat.write(quiz);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(HighlightChoices.NOTE).contains(MoodleXmlFormat.ORDER_NOTE)
                .contains("<question type=\"ordering\">").contains("<question type=\"essay\">")
                .contains("<graderinfo format=\"markdown\">");

        ImportedQuestions back = MoodleXmlFormat.read(xml);

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).hasSameSizeAs(questions());
        for (int i = 0; i < questions().size(); i++) {
            DraftQuestion out = questions().get(i);
            DraftQuestion in = back.questions().get(i);
            assertThat(in.id()).isEqualTo(out.id());
            assertThat(in.explanation()).isEqualTo(out.explanation());
            if (out.type() == QuestionType.HIGHLIGHT) {
                highlightCameBackAsChoices(out, in);
                continue;
            }
            assertThat(in.prompt()).isEqualTo(out.prompt());
            assertThat(in.type()).isEqualTo(out.type());
            assertThat(in.options()).isEqualTo(out.options());
            assertThat(in.pairs()).isEqualTo(out.pairs());
            assertThat(in.distractors()).isEqualTo(out.distractors());
            assertThat(in.items()).isEqualTo(out.items());
            assertThat(in.modelAnswer()).isEqualTo(out.modelAnswer());
            assertThat(in.rubric()).isEqualTo(out.rubric());
            if (out.type() == QuestionType.TRUE_FALSE) {
                assertThat(in.answer()).isEqualTo(out.answer());
                assertThat(in.feedbackTrue()).isEqualTo(out.feedbackTrue());
                assertThat(in.feedbackFalse()).isEqualTo(out.feedbackFalse());
            }
        }
    }

    @Test
    void gift_comes_back_as_it_went_out_but_for_what_gift_cannot_hold() {
        byte[] gift = GiftFormat.write(quiz);
        String text = new String(gift, StandardCharsets.UTF_8);
        assertThat(text).contains("// " + HighlightChoices.NOTE).contains("// " + GiftFormat.ORDER_NOTE);

        ImportedQuestions back = GiftFormat.read(gift);

        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).hasSameSizeAs(questions());
        for (int i = 0; i < questions().size(); i++) {
            DraftQuestion out = questions().get(i);
            DraftQuestion in = back.questions().get(i);
            assertThat(in.id()).isEqualTo(out.id());
            assertThat(in.explanation()).isEqualTo(out.explanation());
            assertThat(in.prompt()).isEqualTo(out.prompt());
            if (out.type() == QuestionType.HIGHLIGHT) {
                highlightCameBackAsChoices(out, in);
                continue;
            }
            assertThat(in.type()).isEqualTo(out.type());
            assertThat(in.options()).isEqualTo(out.options());
            assertThat(in.pairs()).isEqualTo(out.pairs());
            assertThat(in.items()).isEqualTo(out.items());
            assertThat(in.modelAnswer()).isEqualTo(out.modelAnswer());
            if (out.type() == QuestionType.TRUE_FALSE) {
                assertThat(in.answer()).isEqualTo(out.answer());
                assertThat(in.feedbackTrue()).isEqualTo(out.feedbackTrue());
                assertThat(in.feedbackFalse()).isEqualTo(out.feedbackFalse());
            }
        }
    }

    private void highlightCameBackAsChoices(DraftQuestion out, DraftQuestion in) {
        assertThat(in.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(in.options().stream().filter(DraftOption::correct).map(DraftOption::text))
                .containsExactlyInAnyOrderElementsOf(out.targets().stream().map(t -> t.text()).toList());
        assertThat(in.options().stream().filter(o -> !o.correct())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void every_lesson_in_the_lessons_folder_exports_in_every_format_and_comes_back_whole() throws Exception {
        try (var folders = java.nio.file.Files.list(java.nio.file.Path.of("lessons"))) {
            for (java.nio.file.Path folder : folders.filter(java.nio.file.Files::isDirectory).toList()) {
                Optional<QuizForExport> export = QuizForExport.of(FirstLessonDraft.of(folder));
                if (export.isEmpty()) {
                    continue;
                }
                int count = export.get().items().size();
                assertThat(QtiPackage.files(export.get())).as(folder.toString()).hasSize(count + 1);
                ImportedQuestions gift = GiftFormat.read(GiftFormat.write(export.get()));
                ImportedQuestions moodle = MoodleXmlFormat.read(MoodleXmlFormat.write(export.get()));
                assertThat(gift.problems()).as(folder + " GIFT").isEmpty();
                assertThat(gift.questions()).as(folder + " GIFT").hasSize(count);
                assertThat(moodle.problems()).as(folder + " Moodle XML").isEmpty();
                assertThat(moodle.questions()).as(folder + " Moodle XML").hasSize(count);
            }
        }
    }

    @Test
    void gift_escapes_its_control_characters_and_line_breaks() {
        DraftQuestion tricky = new DraftQuestion("tricky", QuestionType.SINGLE, "Is a = b {or} c? #1 ~ : \\ done\nnext line",
                "Because: {x} = y.", "", List.of(new DraftOption("a=b", true, "right #1"),
                        new DraftOption("c~d", false, "no: {not} this")), true, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), "", List.of());
        QuizForExport one = new QuizForExport("s", "L", "Q", List.of(new QuizForExport.Item(tricky, Optional.empty())));

        DraftQuestion back = GiftFormat.read(GiftFormat.write(one)).questions().getFirst();

        assertThat(back).isEqualTo(tricky);
    }

    @Test
    void gift_questions_without_a_closeread_type_are_named_and_the_others_still_read() {
        String gift = """
                // from another teacher
                ::capital::What is the capital of France? {=Paris =paris}

                ::year::When was the treaty signed? {#2001:1}

                ::tf::The earth is flat.{F#It is round.#Right.}

                ::pairs::Match them. {=cat -> meow =dog -> woof =cow -> moo}
                """;

        ImportedQuestions read = GiftFormat.read(gift.getBytes(StandardCharsets.UTF_8));

        assertThat(read.questions()).extracting(DraftQuestion::id).containsExactly("tf", "pairs");
        DraftQuestion tf = read.questions().getFirst();
        assertThat(tf.answer()).isFalse();
        assertThat(tf.feedbackTrue()).isEqualTo("It is round.");
        assertThat(tf.feedbackFalse()).isEqualTo("Right.");
        assertThat(read.questions().get(1).pairs()).containsExactly(new DraftPair("cat", "meow"),
                new DraftPair("dog", "woof"), new DraftPair("cow", "moo"));
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().getFirst()).startsWith("Line 2:").contains("short answer");
        assertThat(read.problems().get(1)).startsWith("Line 4:");
    }

    @Test
    void moodle_xml_other_types_are_named_and_a_doctype_is_refused() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="shortanswer"><name><text>short</text></name>
                    <questiontext format="html"><text>Capital?</text></questiontext></question>
                  <question type="truefalse"><name><text>flat</text></name>
                    <questiontext format="html"><text><![CDATA[<p>The earth is <b>flat</b> &amp; round?</p>]]></text></questiontext>
                    <answer fraction="0"><text>true</text><feedback><text>No.</text></feedback></answer>
                    <answer fraction="100"><text>false</text><feedback><text>Yes.</text></feedback></answer>
                  </question>
                </quiz>
                """;
        ImportedQuestions read = MoodleXmlFormat.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(q.answer()).isFalse();
            assertThat(q.feedbackTrue()).isEqualTo("No.");
            assertThat(q.prompt()).isEqualTo("The earth is flat & round?");
        });
        assertThat(read.problems()).singleElement().asString().contains("Question 1 (short)").contains("shortanswer");

        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>
                """;
        ImportedQuestions refused = MoodleXmlFormat.read(entity.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.questions()).isEmpty();
        assertThat(refused.problems()).singleElement().asString().startsWith("This is not a Moodle XML file");
    }

    @Test
    void moodle_fractions_are_written_as_moodle_writes_them() {
        assertThat(Fractions.percent(1, 3)).isEqualTo("33.33333");
        assertThat(Fractions.percent(1, 2)).isEqualTo("50");
        assertThat(Fractions.percent(-1, 6)).isEqualTo("-16.66667");
        assertThat(Fractions.percent(1, 1)).isEqualTo("100");
    }

    @Test
    void a_highlight_question_becomes_its_targets_and_other_phrases_of_its_passage() {
        DraftQuestion highlight = questions().stream().filter(q -> q.type() == QuestionType.HIGHLIGHT).findFirst()
                .orElseThrow();
        HighlightChoices choices = HighlightChoices.of(lesson, highlight);

        assertThat(choices.choices().stream().filter(HighlightChoices.Run::correct).map(HighlightChoices.Run::text))
                .containsExactlyElementsOf(highlight.targets().stream().map(t -> t.text()).toList());
        assertThat(choices.choices().stream().filter(r -> !r.correct()))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(run -> assertThat(run.text().split("\\s+")).hasSizeGreaterThanOrEqualTo(3));
        String passages = String.join("\n\n", HighlightKeyBlocks.texts(lesson, highlight));
        assertThat(choices.text()).isEqualTo(passages);
    }
}
