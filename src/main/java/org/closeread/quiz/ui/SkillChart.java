package org.closeread.quiz.ui;

import static org.closeread.base.ui.Translations.text;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.closeread.base.ui.Translations;
import org.closeread.base.ui.component.SkillBars;
import org.closeread.base.ui.component.TextTable;
import org.closeread.quiz.LensScore;
import org.closeread.quiz.LensScores;
import org.closeread.quiz.LessonSkills;
import org.closeread.quiz.SkillReport;

/** A student's skill view: the score per lens over all lessons as bars, and lesson by lesson as a table. */
final class SkillChart {

    private SkillChart() {
    }

    static Component bars(SkillReport report) {
        List<SkillBars.Bar> bars = report.overall().stream().map(score -> new SkillBars.Bar(score.lens().id(),
                Translations.text(score.lens().nameKey()), score.percent(), value(score))).toList();
        SkillBars chart = new SkillBars(text("skills.chart.caption", report.lessons().size()), bars);
        chart.setId("skill-chart");
        return chart;
    }

    static TextTable table(SkillReport report) {
        List<String> headers = new ArrayList<>(List.of(text("skills.lessons.lesson"), text("skills.lessons.quiz")));
        LensScores.ORDER.forEach(lens -> headers.add(Translations.text(lens.nameKey())));
        List<List<String>> rows = new ArrayList<>();
        for (LessonSkills lesson : report.lessons()) {
            List<String> row = new ArrayList<>(List.of(lesson.lessonTitle(), lesson.percent() + "%"));
            LensScores.ORDER.forEach(lens -> row.add(LensScores.on(lens, lesson.lenses())
                    .map(s -> s.percent() + "%").orElse(text("skills.none-cell"))));
            rows.add(row);
        }
        TextTable table = new TextTable(text("skills.lessons.caption"), headers, rows);
        table.setId("skill-lessons");
        return table;
    }

    static String value(LensScore score) {
        return text("skills.value", score.percent(), score.questions());
    }
}
