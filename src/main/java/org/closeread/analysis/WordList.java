package org.closeread.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads our word-list resources: one entry a line, columns split by white space, # comments. */
final class WordList {

    private WordList() {
    }

    static List<List<String>> rows(String resource) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            rows.add(Arrays.asList(line.trim().split("\\s+")));
        }
        return rows;
    }

    static List<String> lines(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing");
            }
            List<String> lines = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
