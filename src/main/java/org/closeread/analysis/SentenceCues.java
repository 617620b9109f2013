package org.closeread.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one sentence around a reporting verb: is the word used as a verb, does it report
 * (content follows, or it is the cue after a quotation), who is the source, is it passive,
 * and what is reported in the reporter's own words.
 */
final class SentenceCues {

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s");
    private static final Set<String> OWNERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "such", "no");

    /**
     * Who a speaker tells something to but who does not pass it on: "told the meeting", "told
     * parliament". Their words reached the reporter some other way, so no channel is named.
     */
    private static final Set<String> AUDIENCES = Set.of("meeting", "meetings", "conference", "summit", "session",
            "forum", "rally", "crowd", "crowds", "audience", "gathering", "assembly", "parliament", "congress",
            "senate", "hearing", "court", "jury", "committee", "panel", "event", "ceremony", "convention",
            "delegates", "lawmakers", "legislators", "supporters", "students", "staff", "workers", "members",
            "council", "inquiry", "tribunal", "room", "house", "chamber", "seminar", "symposium", "workshop",
            "briefing", "vigil", "protesters", "congregation", "class");

    private static final Set<String> LEADING_CLAUSE = Set.of("although", "though", "while", "whilst", "after",
            "before", "when", "because", "since", "if", "despite");

    private final TaggedText text;
    private final Sentence s;
    private final SpeakerNames names;
    private final List<QuotedText> quotes;

    SentenceCues(TaggedText text, Sentence s, SpeakerNames names, List<QuotedText> quotes) {
        this.text = text;
        this.s = s;
        this.names = names;
        this.quotes = quotes;
    }

    /** The tagger calls "contends" a noun now and then; "the claims" is one. */
    boolean isVerb(int i) {
        Token t = s.token(i);
        if (i > 0 && (OWNERS.contains(s.token(i - 1).lower()) || s.token(i - 1).isPossessive()
                || s.token(i - 1).tag().startsWith("ADJ") && !NounPhrases.adverbTaggedAdjective(s.token(i - 1)))) {
            return false;
        }
        if (i > 0 && s.token(i - 1).is("as") && t.is("saying")) {
            return false; // part of "quoted as saying"
        }
        if (t.lower().endsWith("ing") && (i == 0 || s.token(i - 1).is("that", "whether"))) {
            return false; // "Maintaining close ties …", "said that maintaining close ties was …": a gerund subject
        }
        if (t.tag().startsWith("VERB")) {
            return true;
        }
        if (i > 0 && (s.token(i - 1).isPersonalPronoun() || s.token(i - 1).is("and")) && bareClause(i + 1)) {
            return true; // "and claim she has": a verb the tagger read as a noun
        }
        return t.tag().startsWith("NOUN") && !t.lower().equals(t.lemma()) && i > 0 && s.token(i - 1).isNounLike();
    }

    Optional<Attribution> reporting(int i, ReportingVerb verb) {
        Token t = s.token(i);
        if (imperative(i)) {
            return Optional.empty(); // "Read more:", "Tell us what you think": page furniture, not a report
        }
        if (verb.lemma().equals("quote")) {
            return quoted(i, verb);
        }
        int end = NounPhrases.subjectEnd(s, i);
        boolean passive = end < i - 1 && BE.contains(s.token(i - 1).lower()) || i > 0 && s.token(i - 1).is("been");
        boolean afterQuote = followsQuotation(i);
        // "…, adding that" and "… and told the police": the source is the sentence's subject
        // ("…, citing X" is the exception: X is the source, the subject passed it on)
        boolean participle = i > 0 && !verb.lemma().equals("cite")
                && (t.lower().endsWith("ing") && s.token(i - 1).is(",") || end >= 0 && s.token(end).is("and"));
        NounPhrases.Phrase subject = passive || participle ? null : subjectBefore(end);
        boolean content = hasContent(i);
        boolean asOrWhat = subject != null && subject.from() > 0 && s.token(subject.from() - 1).is("what", "as");
        if (verb.needsContent() && !content && !afterQuote && !asOrWhat) {
            return Optional.empty();
        }
        if (passive) {
            return Optional.of(passive(i, verb));
        }
        Speaker speaker = null;
        int from = i;
        int to = i + 1;
        String reason = "\"" + t.text() + "\" is a reporting verb";
        if (subject != null) {
            speaker = names.speaker(s, subject);
            from = subject.from();
        } else if (!participle && (end < 0 || s.token(end).isPunctuation())) {
            NounPhrases.Phrase after = NounPhrases.rightOf(s, i + 1);
            if (after != null) {
                speaker = names.speaker(s, after);
                to = after.to();
                reason += " with its source after it";
            }
        }
        String channel = null;
        int contentFrom = i + 1;
        if (verb.lemma().equals("tell") && to == i + 1) {
            NounPhrases.Phrase listener = NounPhrases.rightOf(s, i + 1);
            if (listener != null && !s.token(listener.coreFrom()).isPersonalPronoun()) {
                String told = names.describe(s.tokens().subList(listener.coreFrom(), listener.coreTo()));
                to = listener.coreTo();
                contentFrom = to;
                if (AUDIENCES.contains(s.token(listener.coreTo() - 1).lower())) {
                    reason += "; told " + told + ", an audience, not someone who passed the words on";
                } else {
                    channel = told;
                    reason += "; told " + channel + ", who passed it on";
                }
            }
        }
        if (afterQuote) {
            reason += ", right after the quotation";
        }
        if (participle) {
            reason += "; its source is the subject of the sentence";
        }
        Span span = s.span(from, to);
        Span indirect = afterQuote || asOrWhat || !clausal(contentFrom, verb) ? null : content(contentFrom);
        if (indirect == null && !afterQuote && endsSentence(to) && from > 0 && s.token(from - 1).is(",")) {
            indirect = before(from - 1); // "The drug works, researchers say.": the content comes first
            if (indirect != null) {
                reason += "; what they say comes before it";
            }
        }
        return Optional.of(new Attribution(span, span.of(text.text()), speaker, t.text(), verb.lemma(), verb.stance(),
                channel, t.span(), indirect, reason));
    }

    /** A verb in its plain form opening the sentence, with no subject: a command to the reader. */
    private boolean imperative(int i) {
        for (int j = 0; j < i; j++) {
            if (!s.token(j).isPunctuation()) {
                return false;
            }
        }
        Token t = s.token(i);
        return t.lower().equals(t.lemma()) && !t.lower().endsWith("s") && !t.lower().endsWith("ed");
    }

    /** "X was quoted (by Y) as saying" and "Y quoted X as saying". */
    private Optional<Attribution> quoted(int i, ReportingVerb verb) {
        int saying = i + 1;
        while (saying < s.size() && saying < i + 12 && !s.token(saying).is("saying")) {
            saying++;
        }
        if (saying >= s.size() || !s.token(saying).is("saying")) {
            return Optional.empty();
        }
        int end = NounPhrases.subjectEnd(s, i);
        NounPhrases.Phrase left = subjectBefore(end);
        boolean passive = i > 0 && BE.contains(s.token(i - 1).lower());
        Speaker speaker;
        String channel;
        String reason;
        if (passive) {
            speaker = left == null ? null : names.speaker(s, left);
            NounPhrases.Phrase by = s.token(i + 1).is("by") ? NounPhrases.rightOf(s, i + 2) : null;
            channel = by == null ? "unnamed" : names.describe(s.tokens().subList(by.coreFrom(), by.coreTo()));
            reason = by == null ? "\"was quoted as saying\": someone passed the words on, but the text does not say who"
                    : "\"was quoted by " + channel + " as saying\": " + channel + " passed the words on";
        } else {
            NounPhrases.Phrase quotedOne = NounPhrases.rightOf(s, i + 1);
            speaker = quotedOne == null ? null : names.speaker(s, quotedOne);
            channel = left == null ? null : names.describe(s.tokens().subList(left.coreFrom(), left.coreTo()));
            reason = "\"quoted ... as saying\": " + channel + " passed the words on";
        }
        int from = left != null ? left.from() : i;
        Span span = s.span(from, saying + 1);
        return Optional.of(new Attribution(span, span.of(text.text()), speaker, s.token(i).text(), verb.lemma(),
                verb.stance(), channel, s.token(i).span(), null, reason));
    }

    /** "It had been reported that": no source at all; "Beijing has been accused of": no accuser named. */
    private Attribution passive(int i, ReportingVerb verb) {
        int end = NounPhrases.subjectEnd(s, i);
        NounPhrases.Phrase by = i + 1 < s.size() && s.token(i + 1).is("by") ? NounPhrases.rightOf(s, i + 2) : null;
        int from = end >= 0 && s.token(end).is("it") ? end : i;
        Speaker speaker;
        String reason;
        int to = i + 1;
        if (by != null) {
            speaker = names.speaker(s, by);
            to = by.to();
            reason = "passive \"" + s.token(i).text() + " by\": the source comes after the verb";
        } else {
            speaker = Speaker.unnamed("unnamed source", s.span(from, i + 1).of(text.text()));
            reason = "passive \"" + s.span(Math.max(0, end), i + 1).of(text.text())
                    + "\" with no one named: the source is left out";
        }
        Span span = s.span(from, to);
        return new Attribution(span, span.of(text.text()), speaker, s.token(i).text(), verb.lemma(), verb.stance(),
                by == null && from == end ? "unnamed" : null, s.token(i).span(), content(to), reason);
    }

    Optional<Attribution> accordingTo(int i) {
        NounPhrases.Phrase source = NounPhrases.rightOf(s, i + 2);
        if (source == null) {
            return Optional.empty();
        }
        int to = source.to();
        Speaker speaker = names.speaker(s, source);
        String reason = "\"according to\" names the source";
        // "according to a report by Reuters", "according to figures from the ministry": the one behind the document
        if (to + 1 < s.size() && s.token(to).is("by", "from", "of") && speaker != null && !speaker.named()) {
            NounPhrases.Phrase behind = NounPhrases.rightOf(s, to + 1);
            if (behind != null && behind.from() == to + 1 || behind != null && behind.from() == to + 2) {
                Speaker who = names.speaker(s, behind);
                if (who != null && who.named()) {
                    reason += "; the " + speaker.name() + " comes from " + who.name();
                    speaker = who;
                    to = behind.coreTo();
                }
            }
        }
        Span span = s.span(i, to);
        Span content = i == 0 ? content(to) : before(i);
        return Optional.of(new Attribution(span, span.of(text.text()), speaker, "according to",
                "according to", Stance.NEUTRAL, null, s.span(i, i + 2), content, reason));
    }

    private NounPhrases.Phrase subjectBefore(int end) {
        if (end < 0 || QuoteMarks.isMark(s.token(end).text().charAt(0))) {
            return null;
        }
        if (s.token(end).is(",") && end > 0 && QuoteMarks.isMark(s.token(end - 1).text().charAt(0))) {
            return null; // "…," said X
        }
        return NounPhrases.leftOf(s, end);
    }

    /**
     * A quotation closes just before the cue: "…," X said / "…," said X. A quotation in an
     * earlier sentence counts only when the cue sentence starts with the cue ("… ." Smith
     * said.), never across a paragraph break ("In a statement, the ministry said …" after a
     * quoted paragraph reports something new).
     */
    private boolean followsQuotation(int i) {
        int cue = s.token(i).span().start();
        for (QuotedText q : quotes) {
            if (q.span().end() <= cue && q.depth() == 0) {
                String between = text.text().substring(q.span().end(), cue);
                boolean sameSentence = q.span().end() > s.span().start();
                if (between.length() <= 60 && between.matches("[\\s,:;]*[^\"“”.!?;]*") && between.split("\\s+").length <= 6
                        && between.indexOf('\n') < 0 && (sameSentence || !between.contains(",") && between.strip().split("\\s+").length <= 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only punctuation (or a closing quote mark) follows token {@code to}. */
    private boolean endsSentence(int to) {
        for (int j = to; j < s.size(); j++) {
            if (!s.token(j).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** Reported content follows: that, a colon, a quotation, or a clause with its own verb. */
    private boolean hasContent(int i) {
        if (i + 1 >= s.size()) {
            return false;
        }
        Token next = s.token(i + 1);
        if (next.is(",", ":") || next.is("that", "whether", "how", "why", "what", "if")) {
            return true;
        }
        for (int j = i + 1; j < s.size() && j <= i + 5; j++) {
            Token t = s.token(j);
            if (t.is(".", ";", "?", "!")) {
                break; // "Police believe the fire was arson.": a short clause, checked below
            }
            if (t.is("that", "whether", ":") || (j <= i + 3 && QuoteMarks.isMark(t.text().charAt(0)))) {
                return true;
            }
        }
        return bareClause(i + 1);
    }

    /** "Blinken said he had challenged Xi": a subject and then its verb, with no "to", "and" or comma between. */
    private boolean bareClause(int j) {
        int k = j;
        while (k < s.size() && k < j + 8) {
            Token t = s.token(k);
            if (t.isVerbLike() && !t.lower().endsWith("ing")
                    || k > j + 1 && participleTaggedAdjective(k)) {
                return k > j;
            }
            if (k == j && t.isVerbLike() && t.lower().endsWith("ing")) {
                k++; // "said he believes redesigning the flag now has …": a gerund opens the subject
                continue;
            }
            boolean subjectWord = t.isNounLike() || t.tag().startsWith("DET") || t.tag().startsWith("ADJ")
                    || t.tag().startsWith("ADV") || t.tag().startsWith("NUM") || t.is("-")
                    || t.tag().startsWith("ADP") && k > j
                    || t.tag().startsWith("PRON") && !t.is("who", "which", "that", "what");
            if (!subjectWord) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** "yields by 2050 exceeded 10 %": a past tense after a noun or number that the tagger took for an adjective. */
    private boolean participleTaggedAdjective(int k) {
        Token t = s.token(k);
        Token before = s.token(k - 1);
        return t.tag().startsWith("ADJ") && t.lower().endsWith("ed") && (before.isNounLike() && !before.isProperNoun()
                || before.tag().startsWith("NUM")) && k + 1 < s.size() && !s.token(k + 1).tag().startsWith("NOUN");
    }

    /** Reported speech is a clause ("that …", "he had …") or, after "accuse", "Y of …". */
    private boolean clausal(int from, ReportingVerb verb) {
        for (int j = from; j < s.size() && j <= from + 5; j++) {
            if (s.token(j).is("that", "whether") || verb.lemma().equals("accuse") && s.token(j).is("of")) {
                return true;
            }
            if (s.token(j).isPunctuation()) {
                break; // "Police believe the fire was arson.": a short clause is a clause too
            }
        }
        return bareClause(from);
    }

    /** The reported content from token {@code from} to the end of its clause, unless it is quoted. */
    private Span content(int from) {
        int j = from;
        for (int k = from; k < s.size() && k <= from + 5 && !s.token(k).isPunctuation(); k++) {
            if (s.token(k).is("that")) {
                j = k; // "reported before Blinken's trip that …"
                break;
            }
        }
        while (j < s.size() && (s.token(j).is("that", ",", ":") || s.token(j).tag().startsWith("ADV"))) {
            j++;
        }
        int end = s.size();
        if (LEADING_CLAUSE.contains(s.token(0).lower())) {
            for (int k = j; k < s.size(); k++) {
                if (s.token(k).is(",")) {
                    end = k; // "Although it declared …, China maintains …": the first clause only
                    break;
                }
            }
        }
        while (end > j && s.token(end - 1).isPunctuation() && !QuoteMarks.isMark(s.token(end - 1).text().charAt(0))) {
            end--;
        }
        if (end - j < 3 || QuoteMarks.isMark(s.token(j).text().charAt(0))) {
            return null;
        }
        return s.span(j, end);
    }

    private Span before(int i) {
        int end = i;
        while (end > 0 && s.token(end - 1).isPunctuation()) {
            end--;
        }
        return end >= 3 && !QuoteMarks.isMark(s.token(0).text().charAt(0)) ? s.span(0, end) : null;
    }
}
