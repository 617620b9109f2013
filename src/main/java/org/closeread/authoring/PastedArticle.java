package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.closeread.article.BlockKind;
import org.closeread.base.Message;

/**
 * Splits an article a teacher pasted into blocks at blank lines, and guesses each block's kind: the
 * first is the headline, short labels such as "Advertisement" or "Read more" are page furniture,
 * "Photo: ..." lines are credits, the rest paragraphs. The teacher checks and corrects the kinds.
 */
public final class PastedArticle {

    private static final Pattern FURNITURE = Pattern.compile("(?i)(advertisement|advert|sponsored( content)?|"
            + "read more|related( articles| stories| topics)?|recommended( for you)?|most (popular|read|viewed)|"
            + "share( this( article)?)?|subscribe( now)?|sign up( now)?|newsletter|learn more|watch( now)?|video|"
            + "listen( to this article)?|skip advert|\\d+ comments?|comments?|more on this( story)?|trending( now)?)"
            + "[.:!]?");
    private static final Pattern CREDIT = Pattern.compile("(?i)(photo|photograph|picture|image|video|credit|source)"
            + "s?\\s*:.*|©.*|.*\\b(getty images|reuters|afp|ap photo|epa|shutterstock)\\s*$");

    private PastedArticle() {
    }

    /** Why pasted text cannot be split into blocks, if it cannot: empty, or a line the format reads as a comment. */
    public static Optional<Message> problem(String pasted) {
        List<String> lines = lines(pasted);
        if (lines.stream().allMatch(String::isEmpty)) {
            return Optional.of(Message.of("authoring.check.paste.empty"));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("%")) {
                return Optional.of(Message.of("authoring.check.paste.comment", i + 1));
            }
        }
        return Optional.empty();
    }

    /** The blocks of pasted text, in order; text lines keep their words exactly, without spaces at their ends. */
    public static List<DraftBlock> split(String pasted) {
        problem(pasted).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.english());
        });
        List<DraftBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines(pasted)) {
            if (line.isEmpty()) {
                add(blocks, current);
            } else {
                current.add(line);
            }
        }
        add(blocks, current);
        return blocks;
    }

    static BlockKind guess(String text, boolean first) {
        String oneLine = text.strip();
        if (oneLine.length() <= 60 && FURNITURE.matcher(oneLine).matches()) {
            return BlockKind.FURNITURE;
        }
        if (oneLine.length() <= 160 && !oneLine.contains("\n") && CREDIT.matcher(oneLine).matches()) {
            return BlockKind.CREDIT;
        }
        return first ? BlockKind.HEADLINE : BlockKind.PARAGRAPH;
    }

    private static void add(List<DraftBlock> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            String text = String.join("\n", lines);
            blocks.add(new DraftBlock(guess(text, blocks.isEmpty()), "", text));
            lines.clear();
        }
    }

    private static List<String> lines(String pasted) {
        String text = pasted == null ? "" : pasted.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return text.lines().map(String::strip).toList();
    }
}
