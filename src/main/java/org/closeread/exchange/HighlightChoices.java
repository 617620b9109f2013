package org.closeread.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftBlock;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.HighlightKey;
import org.closeread.authoring.LessonDraft;

/**
 * A highlight question as choices, for formats without a faithful "mark the phrases" type: its
 * targets are the right choices, and other phrases of the same blocks (clauses between punctuation,
 * in reading order) the wrong ones, as many as there are targets and at least two. The question's
 * blocks are kept as passages, each cut into plain runs and choice runs, for QTI's hottext.
 */
public record HighlightChoices(List<Passage> passages) {

    /** A run of a passage: plain text, or a choice that is right or wrong. */
    public record Run(String text, boolean choice, boolean correct) {
    }

    /** One block of the question, cut into runs in reading order. */
    public record Passage(List<Run> runs) {
    }

    private static final Pattern CLAUSE = Pattern.compile("[^,.;:!?\"“”‘’()\\n]+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 6;

    /** The stretches of a text outside the choices so far. */
    private static List<int[]> gaps(String text, List<int[]> choices) {
        List<int[]> sorted = new ArrayList<>(choices);
        sorted.sort(Comparator.comparingInt(c -> c[0]));
        List<int[]> gaps = new ArrayList<>();
        int at = 0;
        for (int[] choice : sorted) {
            if (choice[0] > at) {
                gaps.add(new int[] {at, choice[0]});
            }
            at = Math.max(at, choice[1]);
        }
        if (at < text.length()) {
            gaps.add(new int[] {at, text.length()});
        }
        return gaps;
    }

    /** A clause cut into phrases of about {@code size} words (at least {@link #MIN_WORDS}), in order. */
    private static List<int[]> phrases(String text, int start, int end, int size) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(start, end);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        List<int[]> phrases = new ArrayList<>();
        for (int i = 0; i + MIN_WORDS <= words.size(); i += size) {
            int last = Math.min(words.size(), i + size) - 1;
            if (last - i + 1 >= MIN_WORDS) {
                phrases.add(new int[] {words.get(i)[0], words.get(last)[1]});
            }
        }
        return phrases;
    }

    public static HighlightChoices of(LessonDraft draft, DraftQuestion question) {
        List<Integer> blocks = HighlightKey.blocks(draft, question);
        List<TextSpan> targets = HighlightKey.marks(draft, question);
        int wanted = Math.max(2, targets.size());
        int words = Math.min(MAX_WORDS, Math.max(MIN_WORDS, (int) Math.round(targets.stream()
                .mapToInt(t -> draft.blocks().get(t.block()).text().substring(t.start(), t.end()).split("\\s+").length)
                .average().orElse(MIN_WORDS))));
        int distractors = 0;
        List<Passage> passages = new ArrayList<>();
        for (int index : blocks) {
            DraftBlock block = draft.blocks().get(index);
            String text = block.text();
            List<int[]> choices = new ArrayList<>();
            targets.stream().filter(t -> t.block() == index)
                    .forEach(t -> choices.add(new int[] {t.start(), t.end(), 1}));
            List<int[]> gaps = gaps(text, choices);
            for (int[] gap : gaps) {
                Matcher clause = CLAUSE.matcher(text).region(gap[0], gap[1]);
                while (distractors < wanted && clause.find()) {
                    for (int[] phrase : phrases(text, clause.start(), clause.end(), words)) {
                        if (distractors < wanted) {
                            choices.add(new int[] {phrase[0], phrase[1], 0});
                            distractors++;
                        }
                    }
                }
            }
            choices.sort(Comparator.comparingInt(c -> c[0]));
            List<Run> runs = new ArrayList<>();
            int at = 0;
            for (int[] choice : choices) {
                if (choice[0] > at) {
                    runs.add(new Run(text.substring(at, choice[0]), false, false));
                }
                runs.add(new Run(text.substring(choice[0], choice[1]), true, choice[2] == 1));
                at = choice[1];
            }
            if (at < text.length()) {
                runs.add(new Run(text.substring(at), false, false));
            }
            passages.add(new Passage(runs));
        }
        return new HighlightChoices(passages);
    }

    /** Every choice, in reading order. */
    public List<Run> choices() {
        return passages.stream().flatMap(p -> p.runs().stream()).filter(Run::choice).toList();
    }

    /** The blocks' text, paragraph by paragraph. */
    public String text() {
        return String.join("\n\n", passages.stream()
                .map(p -> String.join("", p.runs().stream().map(Run::text).toList())).toList());
    }

    static final String NOTE = "CloseRead highlight questions (mark the phrases in the article) have no"
            + " faithful type here: each is exported as a multiple choice with several right answers,"
            + " over its target phrases (right) and other phrases of the same passage (wrong).";
}
