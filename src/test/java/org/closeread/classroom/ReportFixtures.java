package org.closeread.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.article.Block;
import org.closeread.article.BlockKind;
import org.closeread.article.TextSpan;
import org.closeread.quiz.Answer;
import org.closeread.quiz.AttemptRecord;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.FeedbackTiming;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.HighlightQuestion;
import org.closeread.quiz.Option;
import org.closeread.quiz.Question;
import org.closeread.quiz.Quiz;
import org.closeread.quiz.SingleChoiceQuestion;
import org.closeread.quiz.StoredAnswer;
import org.closeread.quiz.Stem;
import org.closeread.quiz.Target;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.quiz.TrueFalseQuestion;

/** A small quiz (a choice, a true/false, a highlight) and attempts at it, built without a database. */
final class ReportFixtures {

    static final String TEXT = "The US contends that China supplies parts, which China denies.";
    static final Block BLOCK = new Block(3, BlockKind.PARAGRAPH, "p", TEXT);
    static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    static final SingleChoiceQuestion SOURCE = new SingleChoiceQuestion(new Stem("q-source", "Who is TASS?",
            "Russian state media."), List.of(new Option("Russian state media", true, ""),
            new Option("An independent agency", false, ""), new Option("=HYPERLINK(\"x\")", false, "")));
    static final TrueFalseQuestion NEUTRAL = new TrueFalseQuestion(new Stem("q-neutral", "“Said” is neutral.",
            "It is."), true, "", "");
    static final HighlightQuestion VERB = new HighlightQuestion(new Stem("q-verb", "Mark the distancing verb.",
            "Contends."), List.of(BLOCK), List.of(new Target(span("contends"))));
    static final Quiz QUIZ = new Quiz("Check", 70, FeedbackTiming.AFTER_EACH, List.of(SOURCE, NEUTRAL, VERB));

    private ReportFixtures() {
    }

    static TextSpan span(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(BLOCK.index(), start, start + words.length());
    }

    static ChoiceAnswer pick(SingleChoiceQuestion question, String optionText) {
        List<Option> shown = question.shownOptions();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).text().equals(optionText)) {
                return ChoiceAnswer.of(i);
            }
        }
        throw new IllegalArgumentException(optionText);
    }

    static HighlightAnswer marks(String... phrases) {
        return new HighlightAnswer(java.util.Arrays.stream(phrases).map(ReportFixtures::span).toList());
    }

    static TrueFalseAnswer says(boolean value) {
        return new TrueFalseAnswer(value);
    }

    /** An attempt with these answers, given a minute apart in the order listed. */
    static AttemptRecord attempt(long participantId, boolean finished, Object... questionsAndAnswers) {
        Map<String, Answer> given = new LinkedHashMap<>();
        List<StoredAnswer> stored = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            Question question = (Question) questionsAndAnswers[i];
            Answer answer = (Answer) questionsAndAnswers[i + 1];
            at = at.plusSeconds(60);
            given.put(question.id(), answer);
            stored.add(new StoredAnswer(question.id(), answer, question.score(answer), at));
        }
        return new AttemptRecord(participantId, participantId * 10, START, finished ? Optional.of(at) : Optional.empty(),
                at, stored, QUIZ.result(given));
    }

    static Member member(long id, String name) {
        return new Member(id, name, START.minusSeconds(100 - id));
    }

    static Assignment assignment() {
        return new Assignment(5, "news", "Reading the news", AssignmentKind.QUIZ, true, 0);
    }
}
