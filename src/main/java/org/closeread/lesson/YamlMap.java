package org.closeread.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A mapping of {@code lesson.yaml} that remembers line numbers, so every problem can name its line.
 * Reading a value never throws: what is wrong is added to {@link Problems} and an empty value returned.
 */
public final class YamlMap {

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final int line;
    private final Problems problems;

    private YamlMap(MappingNode node, Problems problems) {
        this.line = lineOf(node);
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (values.containsKey(key.getValue())) {
                    problems.add(lineOf(key), "problem.yaml.given-twice", key.getValue());
                }
                values.put(key.getValue(), tuple.getValueNode());
                keyLines.put(key.getValue(), lineOf(key));
            } else {
                problems.add(lineOf(tuple.getKeyNode()), "problem.yaml.key-plain-word");
            }
        }
    }

    /** Parses a whole file; a syntax error becomes a problem and the result is empty. */
    public static Optional<YamlMap> parse(String text, Problems problems) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, problems));
            }
            problems.add(root == null ? 1 : lineOf(root), "problem.yaml.file-mapping-keys-such");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(line, "problem.yaml.valid-yaml", e.getProblem());
        } catch (YAMLException e) {
            problems.add(0, "problem.yaml.valid-yaml", e.getMessage());
        }
        return Optional.empty();
    }

    public int line() {
        return line;
    }

    public int line(String key) {
        return keyLines.getOrDefault(key, line);
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        Node node = values.get(key);
        return node != null && !isNull(node);
    }

    /** Adds a problem for every key not in {@code allowed}; a typo should not pass silently. */
    public void allowOnly(Set<String> allowed, String where) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(line(key), "problem.yaml.unknown-key", key, where);
            }
        }
    }

    /**
     * Adds a problem when the text under {@code key} is longer than {@code max} characters: what is
     * stored has room for that many, and a file should say so by line rather than fail to store.
     */
    public void limit(String key, int max) {
        if (values.get(key) instanceof ScalarNode scalar && !isNull(scalar) && scalar.getValue().strip().length() > max) {
            problems.add(lineOf(scalar), "problem.yaml.characters-long-at-most", key, scalar.getValue().strip().length(), max);
        }
    }

    public Optional<String> string(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(lineOf(node), "problem.yaml.text", key);
        return Optional.empty();
    }

    public String required(String key, String where) {
        Optional<String> value = string(key).filter(v -> !v.isEmpty());
        if (value.isEmpty() && !values.containsKey(key)) {
            problems.add(line, "problem.yaml.text-2", where, key);
        } else if (value.isEmpty()) {
            problems.add(line(key), "problem.yaml.empty", key, where);
        }
        return value.orElse("");
    }

    public Optional<Integer> integer(String key) {
        return string(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.add(line(key), "problem.yaml.whole-number", key, text);
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(text -> switch (text) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.add(line(key), "problem.yaml.true-false", key, text);
                yield Optional.empty();
            }
        });
    }

    public Optional<YamlMap> map(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems));
        }
        problems.add(lineOf(node), "problem.yaml.mapping-keys", key);
        return Optional.empty();
    }

    /** A list of mappings, such as the annotations; an item of another shape is a problem. */
    public List<YamlMap> maps(String key) {
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(mapping, problems));
            } else {
                problems.add(lineOf(item), "problem.yaml.each-item-mapping-keys", key);
            }
        }
        return maps;
    }

    /** A list of texts; a single text counts as a list of one. */
    public List<String> strings(String key) {
        Node node = values.get(key);
        if (node instanceof ScalarNode scalar && !isNull(scalar)) {
            return List.of(scalar.getValue().strip());
        }
        List<String> strings = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                strings.add(scalar.getValue().strip());
            } else {
                problems.add(lineOf(item), "problem.yaml.each-item-text", key);
            }
        }
        return strings;
    }

    /** The text values of this mapping whose keys are not in {@code except}, in file order. */
    public Map<String, String> otherStrings(Set<String> except) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            if (!except.contains(key)) {
                string(key).ifPresent(value -> result.put(key, value));
            }
        }
        return result;
    }

    private List<Node> sequence(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(lineOf(node), "problem.yaml.list", key);
        return List.of();
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
