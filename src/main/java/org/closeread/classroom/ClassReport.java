package org.closeread.classroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.closeread.quiz.AnswerText;
import org.closeread.quiz.AttemptRecord;
import org.closeread.quiz.FeedbackLine;
import org.closeread.quiz.HighlightAnswer;
import org.closeread.quiz.HighlightQuestion;
import org.closeread.quiz.Question;
import org.closeread.quiz.Quiz;
import org.closeread.quiz.StoredAnswer;
import org.closeread.quiz.Verdict;
import org.closeread.quiz.WrittenQuestion;
import org.closeread.quiz.WrongAnswerTypeException;

/**
 * An assignment's quiz as a class is doing it, built only from stored answers (so any node, or the same
 * node after a restart, builds the same report): a row per student and a summary per question. Each
 * student's latest attempt counts; questions are those of the quiz's current version.
 */
public record ClassReport(long classId, String className, Assignment assignment, String quizTitle, int passMark,
                          List<StudentProgress> students, List<QuestionSummary> questions) {

    public ClassReport {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(quizTitle, "quizTitle");
        students = List.copyOf(students);
        questions = List.copyOf(questions);
    }

    public static ClassReport build(long classId, String className, Assignment assignment, Quiz quiz,
                                    List<Member> members, List<AttemptRecord> attempts) {
        Map<Long, AttemptRecord> byStudent = attempts.stream()
                .collect(Collectors.toMap(AttemptRecord::participantId, Function.identity(), (a, b) -> b));
        List<StudentProgress> students = members.stream()
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase()).thenComparing(Member::joinedAt))
                .map(m -> progress(m, quiz, Optional.ofNullable(byStudent.get(m.participantId()))))
                .toList();
        List<AttemptRecord> ofMembers = members.stream().map(m -> byStudent.get(m.participantId()))
                .filter(Objects::nonNull).toList();
        List<QuestionSummary> questions = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            questions.add(summary(i + 1, quiz.questions().get(i), ofMembers));
        }
        return new ClassReport(classId, className, assignment, quiz.title(), quiz.passMark(), students, questions);
    }

    /** The quiz scores of the students who answered anything, in buckets of ten percent. */
    public ScoreDistribution distribution() {
        return ScoreDistribution.of(students.stream().filter(StudentProgress::hasAnswers)
                .map(StudentProgress::percent).toList());
    }

    public Optional<QuestionSummary> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    private static StudentProgress progress(Member member, Quiz quiz, Optional<AttemptRecord> attempt) {
        int total = quiz.questions().size();
        if (attempt.isEmpty()) {
            return new StudentProgress(member.participantId(), member.name(), StudentProgress.Stage.NOT_STARTED, 0,
                    0, total, OptionalInt.empty(), 0, false, Optional.empty(), Optional.empty(), List.of());
        }
        AttemptRecord record = attempt.get();
        List<AnswerCell> cells = new ArrayList<>();
        int lastAnswered = -1;
        StoredAnswer latest = null;
        for (int i = 0; i < total; i++) {
            Question question = quiz.questions().get(i);
            Optional<StoredAnswer> stored = record.answer(question.id());
            if (stored.isPresent()) {
                StoredAnswer answer = stored.get();
                cells.add(new AnswerCell(question.id(), describe(question, answer), answer.result().score(),
                        answer.result().correct(), answer.answeredAt(),
                        Math.max(0, Duration.between(record.startedAt(), answer.answeredAt()).toSeconds()),
                        answer.tries(), answer.result().toMark(), markRubric(question, answer),
                        answer.result().teacherMark()));
                if (latest == null || !answer.answeredAt().isBefore(latest.answeredAt())) {
                    latest = answer;
                    lastAnswered = i;
                }
            }
        }
        StudentProgress.Stage stage = record.finished() ? StudentProgress.Stage.FINISHED
                : StudentProgress.Stage.ANSWERING;
        int question = Math.min(total, lastAnswered + 2);
        // Answers waiting for the teacher's mark are left out, as in the quiz score.
        List<AnswerCell> scored = cells.stream().filter(c -> !c.toMark()).toList();
        OptionalInt soFar = scored.isEmpty() ? OptionalInt.empty() : OptionalInt.of((int) Math.round(
                100 * scored.stream().mapToDouble(AnswerCell::score).sum() / scored.size()));
        return new StudentProgress(member.participantId(), member.name(), stage, question, cells.size(), total,
                soFar, record.result().percent(), record.result().passed(), Optional.of(record.startedAt()),
                Optional.of(record.lastActivity()), cells);
    }

    /** The rubric a teacher marks this answer against; empty where the app or a self-check scores it. */
    private static List<String> markRubric(Question question, StoredAnswer answer) {
        boolean teacherMarked = answer.result().toMark() || answer.result().teacherMark().isPresent();
        return teacherMarked && question instanceof WrittenQuestion written ? written.rubric() : List.of();
    }

    private static String describe(Question question, StoredAnswer answer) {
        try {
            return AnswerText.of(question, answer.answer());
        } catch (WrongAnswerTypeException e) {
            // Answered on an earlier version of the quiz, where this question was of another type.
            return "";
        }
    }

    private static QuestionSummary summary(int number, Question question, List<AttemptRecord> attempts) {
        List<StoredAnswer> answers = attempts.stream().map(a -> a.answer(question.id()))
                .flatMap(Optional::stream).toList();
        int right = (int) answers.stream().filter(a -> a.result().correct()).count();
        double mean = answers.stream().filter(a -> !a.result().toMark()).mapToDouble(a -> a.result().score())
                .average().orElse(0);
        Optional<HeatMap> heat = question instanceof HighlightQuestion highlight
                ? Optional.of(HeatMap.of(highlight, answers.stream().map(StoredAnswer::answer)
                        .filter(HighlightAnswer.class::isInstance).map(HighlightAnswer.class::cast).toList()))
                : Optional.empty();
        return new QuestionSummary(number, question.id(), question.prompt(), question.type(), answers.size(), right,
                mean, commonWrong(answers), heat, answers.stream().mapToInt(StoredAnswer::tries).sum());
    }

    /** The wrong option, value, pair, item or phrase the most students gave; ties go to the first in text order. */
    private static Optional<CommonWrong> commonWrong(List<StoredAnswer> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StoredAnswer answer : answers) {
            Set<String> wrong = new HashSet<>();
            for (FeedbackLine line : answer.result().feedback()) {
                if (line.verdict() == Verdict.WRONG && !line.subject().isBlank()) {
                    wrong.add(line.subject());
                }
            }
            wrong.forEach(subject -> counts.merge(subject, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new CommonWrong(e.getKey(), e.getValue()));
    }
}
