package org.closeread.classroom.ui;

import java.util.List;
import org.closeread.classroom.QuestionSummary;

/** How the class did, question by question: answered, share with full marks, the most common wrong answer. */
class QuestionTable extends DataTable<QuestionSummary> {

    QuestionTable() {
        super("Questions", QuestionSummary::questionId);
        text("Question", q -> q.number() + ". " + q.prompt());
        text("Answered", q -> String.valueOf(q.answered()));
        text("Tries", q -> String.valueOf(q.tries()));
        text("Full marks", q -> q.percentRight().isPresent()
                ? q.percentRight().getAsInt() + "% (" + q.right() + ")" : "–");
        text("Mean score", q -> q.answered() == 0 ? "–" : Math.round(q.meanScore() * 100) + "%");
        text("Most common wrong answer", q -> q.commonWrong()
                .map(w -> "“" + w.answer() + "” (" + w.students() + ")").orElse("–"));
        addClassName("question-table");
    }

    void show(List<QuestionSummary> questions) {
        setRows(questions, false);
    }
}
