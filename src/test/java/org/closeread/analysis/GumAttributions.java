package org.closeread.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold attributions of a GUM document: RST segments labelled attribution-positive or
 * attribution-negative (source and cue), with the tokens of what they attribute (the
 * segments under their parent node, less the attribution itself).
 */
record GumAttributions(List<Gold> attributions) {

    record Gold(Span span, String text, Set<Integer> sourceTokens, Set<Integer> contentTokens, boolean named) {
    }

    private static final Pattern SEGMENT = Pattern.compile(
            "<segment id=\"(\\d+)\"(?: parent=\"(\\d+)\")?(?: relname=\"([^\"]*)\")?>(.*?)</segment>");
    private static final Pattern GROUP = Pattern.compile("<group id=\"(\\d+)\" type=\"[^\"]*\"(?: parent=\"(\\d+)\")?");

    static GumAttributions read(Path rs4, GumDocument doc) throws IOException {
        String xml = Files.readString(rs4);
        Map<String, String> parent = new HashMap<>();
        Map<String, int[]> segmentTokens = new HashMap<>();
        List<String[]> attributionSegments = new ArrayList<>();
        int next = 0;
        Matcher m = SEGMENT.matcher(xml);
        while (m.find()) {
            int count = unescape(m.group(4)).trim().split("\\s+").length;
            segmentTokens.put(m.group(1), new int[] {next, next + count});
            next += count;
            if (m.group(2) != null) {
                parent.put(m.group(1), m.group(2));
            }
            if (m.group(3) != null && m.group(3).startsWith("attribution")) {
                attributionSegments.add(new String[] {m.group(1), m.group(2)});
            }
        }
        if (next != doc.tokens().size()) {
            throw new IllegalStateException(rs4 + ": " + next + " RST tokens, " + doc.tokens().size() + " XML tokens");
        }
        Matcher g = GROUP.matcher(xml);
        while (g.find()) {
            if (g.group(2) != null) {
                parent.put(g.group(1), g.group(2));
            }
        }
        List<Gold> gold = new ArrayList<>();
        for (String[] a : attributionSegments) {
            int[] range = segmentTokens.get(a[0]);
            Set<Integer> source = range(range);
            Set<Integer> content = new HashSet<>();
            for (var e : segmentTokens.entrySet()) {
                if (under(e.getKey(), a[1], parent) && !under(e.getKey(), a[0], parent)) {
                    content.addAll(range(e.getValue()));
                }
            }
            Span span = new Span(doc.tokens().get(range[0]).span().start(), doc.tokens().get(range[1] - 1).span().end());
            boolean named = source.stream().anyMatch(i -> doc.tokens().get(i).tag().startsWith("NP")
                    || doc.tokens().get(i).tag().startsWith("NNP"));
            gold.add(new Gold(span, span.of(doc.text()), source, content, named));
        }
        return new GumAttributions(gold);
    }

    private static boolean under(String node, String ancestor, Map<String, String> parent) {
        for (String n = node; n != null; n = parent.get(n)) {
            if (n.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> range(int[] r) {
        Set<Integer> s = new HashSet<>();
        for (int i = r[0]; i < r[1]; i++) {
            s.add(i);
        }
        return s;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }
}
