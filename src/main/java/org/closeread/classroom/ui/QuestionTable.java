package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import java.util.List;
import org.closeread.classroom.QuestionSummary;

/** How the class did, question by question: answered, share with full marks, the most common wrong answer. */
class QuestionTable extends DataTable<QuestionSummary> {

    QuestionTable() {
        super(Translations.text("classroom.dashboard-view.questions"), QuestionSummary::questionId);
        text(Translations.text("classroom.results-view.question"), q -> q.number() + ". " + q.prompt());
        text(Translations.text("classroom.results-view.answered"), q -> String.valueOf(q.answered()));
        text(Translations.text("classroom.results-view.tries"), q -> String.valueOf(q.tries()));
        text(Translations.text("classroom.results-view.full-marks"), q -> q.percentRight().isPresent()
                ? Translations.text("questions.full-marks", q.percentRight().getAsInt(), q.right()) : "–");
        text(Translations.text("questions.mean"), q -> q.answered() == 0 ? "–" : Math.round(q.meanScore() * 100) + "%");
        text(Translations.text("questions.common-wrong"), q -> q.commonWrong()
                .map(w -> "“" + w.answer() + "” (" + w.students() + ")").orElse("–"));
        addClassName("question-table");
    }

    void show(List<QuestionSummary> questions) {
        setRows(questions, false);
    }
}
