package org.closeread.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A QTI 3.0 content package: {@code imsmanifest.xml} and one {@code qti-assessment-item} per question
 * under {@code items/}. Choices are {@code qti-choice-interaction} with inline feedback per choice;
 * true/false a choice of two; matching {@code qti-match-interaction} (directed pairs); ordering
 * {@code qti-order-interaction}; a written answer {@code qti-extended-text-interaction} with the model
 * answer and rubric in a rubric block for the scorer (scored by hand); a highlight question
 * {@code qti-hottext-interaction} over its passage, its target phrases the right hot texts. The
 * explanation is modal feedback shown once the item is answered.
 */
public final class QtiPackage {

    public static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    public static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String ASI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd";
    static final String CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";

    private QtiPackage() {
    }

    /** The package's files by path, in the order they are zipped. */
    public static Map<String, byte[]> files(QuizForExport quiz) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        for (QuizForExport.Item item : quiz.items()) {
            String path = "items/" + identifier(item.question().id()) + ".xml";
            items.add(path);
            files.put(path, Xml.write(item(item), false));
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("imsmanifest.xml", Xml.write(manifest(quiz, items)));
        all.putAll(files);
        return all;
    }

    public static byte[] zip(QuizForExport quiz) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files(quiz).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A QTI identifier (an XML name) from a CloseRead id, which may start with a digit. */
    static String identifier(String id) {
        return Character.isLetter(id.isEmpty() ? '0' : id.charAt(0)) ? id : "Q-" + id;
    }

    private static Document manifest(QuizForExport quiz, List<String> items) {
        Document doc = Xml.newDocument();
        Element manifest = doc.createElementNS(CP, "manifest");
        doc.appendChild(manifest);
        manifest.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        manifest.setAttributeNS(XSI, "xsi:schemaLocation", CP + " " + CP_XSD);
        manifest.setAttribute("identifier", "MANIFEST-" + identifier(quiz.slug()));
        Element metadata = Xml.add(manifest, "metadata");
        Xml.add(metadata, "schema", "QTI Package");
        Xml.add(metadata, "schemaversion", "3.0.0");
        Xml.add(manifest, "organizations");
        Element resources = Xml.add(manifest, "resources");
        for (String path : items) {
            Element resource = Xml.add(resources, "resource");
            String name = path.substring("items/".length(), path.length() - ".xml".length());
            resource.setAttribute("identifier", "RES-" + name);
            resource.setAttribute("type", "imsqti_item_xmlv3p0");
            resource.setAttribute("href", path);
            Xml.add(resource, "file").setAttribute("href", path);
        }
        return doc;
    }

    private static Document item(QuizForExport.Item entry) {
        DraftQuestion q = entry.question();
        Document doc = Xml.newDocument();
        Element item = doc.createElementNS(ASI, "qti-assessment-item");
        doc.appendChild(item);
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        item.setAttributeNS(XSI, "xsi:schemaLocation", ASI + " " + ASI_XSD);
        item.setAttribute("identifier", identifier(q.id()));
        item.setAttribute("title", q.id());
        item.setAttribute("adaptive", "false");
        item.setAttribute("time-dependent", "false");
        Element response = Xml.add(item, "qti-response-declaration");
        response.setAttribute("identifier", "RESPONSE");
        Element score = outcome(item, "SCORE", "single", "float");
        Xml.add(Xml.add(score, "qti-default-value"), "qti-value", "0");
        outcome(item, "MAXSCORE", "single", "float").appendChild(defaultValue(doc, "1"));
        outcome(item, "FEEDBACK", "multiple", "identifier");
        outcome(item, "EXPLAIN", "single", "identifier");
        Element body = Xml.add(item, "qti-item-body");
        boolean scored = true;
        switch (q.type()) {
            case SINGLE, MULTIPLE -> choices(response, body, q.prompt(), q.options(), q.type().id().equals("single"));
            case TRUE_FALSE -> choices(response, body, q.prompt(), List.of(
                    new DraftOption("True", q.answer(), q.feedbackTrue()),
                    new DraftOption("False", !q.answer(), q.feedbackFalse())), true);
            case MATCH -> match(response, body, q);
            case ORDER -> order(response, body, q);
            case HIGHLIGHT -> hottext(response, body, q, entry.highlight().orElseThrow());
            case WRITTEN -> {
                scored = false;
                response.setAttribute("cardinality", "single");
                response.setAttribute("base-type", "string");
                Element rubric = Xml.add(body, "qti-rubric-block");
                rubric.setAttribute("use", "scoring");
                rubric.setAttribute("view", "scorer");
                Element content = Xml.add(rubric, "qti-content-body");
                Xml.add(content, "p", QuizForExport.MODEL_ANSWER + q.modelAnswer());
                if (!q.rubric().isEmpty()) {
                    Xml.add(content, "p", QuizForExport.RUBRIC);
                    Element list = Xml.add(content, "ul");
                    q.rubric().forEach(point -> Xml.add(list, "li", point));
                }
                Element interaction = Xml.add(body, "qti-extended-text-interaction");
                interaction.setAttribute("response-identifier", "RESPONSE");
                Xml.add(interaction, "qti-prompt", q.prompt());
            }
        }
        processing(item, response, scored);
        if (!q.explanation().isBlank()) {
            Element modal = Xml.add(item, "qti-modal-feedback");
            modal.setAttribute("outcome-identifier", "EXPLAIN");
            modal.setAttribute("identifier", "SHOWN");
            modal.setAttribute("show-hide", "show");
            Xml.add(Xml.add(modal, "qti-content-body"), "p", q.explanation());
        }
        return doc;
    }

    private static Element defaultValue(Document doc, String value) {
        Element element = doc.createElementNS(ASI, "qti-default-value");
        Xml.add(element, "qti-value", value);
        return element;
    }

    private static Element outcome(Element item, String identifier, String cardinality, String baseType) {
        Element outcome = Xml.add(item, "qti-outcome-declaration");
        outcome.setAttribute("identifier", identifier);
        outcome.setAttribute("cardinality", cardinality);
        outcome.setAttribute("base-type", baseType);
        return outcome;
    }

    private static void choices(Element response, Element body, String prompt, List<DraftOption> options,
                                boolean single) {
        response.setAttribute("cardinality", single ? "single" : "multiple");
        response.setAttribute("base-type", "identifier");
        Element correct = Xml.add(response, "qti-correct-response");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            keys.add("C" + (i + 1));
            if (options.get(i).correct()) {
                Xml.add(correct, "qti-value", keys.get(i));
            }
        }
        if (!single) {
            mapping(response, keys, options.stream().map(DraftOption::correct).toList());
        }
        Element interaction = Xml.add(body, "qti-choice-interaction");
        interaction.setAttribute("response-identifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("max-choices", single ? "1" : "0");
        Xml.add(interaction, "qti-prompt", prompt);
        for (int i = 0; i < options.size(); i++) {
            Element choice = Xml.add(interaction, "qti-simple-choice");
            choice.setAttribute("identifier", keys.get(i));
            choice.appendChild(choice.getOwnerDocument().createTextNode(options.get(i).text()));
            if (!options.get(i).feedback().isBlank()) {
                Element feedback = Xml.add(choice, "qti-feedback-inline", options.get(i).feedback());
                feedback.setAttribute("outcome-identifier", "FEEDBACK");
                feedback.setAttribute("identifier", keys.get(i));
                feedback.setAttribute("show-hide", "show");
            }
        }
    }

    /** Each right key earns an equal share, each wrong one takes an equal share off; never below 0. */
    private static void mapping(Element response, List<String> keys, List<Boolean> correct) {
        long right = correct.stream().filter(c -> c).count();
        long wrong = Math.max(1, keys.size() - right);
        Element mapping = Xml.add(response, "qti-mapping");
        mapping.setAttribute("lower-bound", "0");
        mapping.setAttribute("upper-bound", "1");
        mapping.setAttribute("default-value", "0");
        for (int i = 0; i < keys.size(); i++) {
            Element entry = Xml.add(mapping, "qti-map-entry");
            entry.setAttribute("map-key", keys.get(i));
            entry.setAttribute("mapped-value", Double.toString(correct.get(i) ? 1.0 / right : -1.0 / wrong));
        }
    }

    private static void match(Element response, Element body, DraftQuestion q) {
        response.setAttribute("cardinality", "multiple");
        response.setAttribute("base-type", "directedPair");
        List<String> rights = new ArrayList<>();
        q.pairs().forEach(p -> {
            if (!rights.contains(p.right())) {
                rights.add(p.right());
            }
        });
        q.distractors().stream().filter(d -> !rights.contains(d)).forEach(rights::add);
        Element correct = Xml.add(response, "qti-correct-response");
        Element mapping = Xml.add(response, "qti-mapping");
        mapping.setAttribute("lower-bound", "0");
        mapping.setAttribute("upper-bound", "1");
        mapping.setAttribute("default-value", "0");
        for (int i = 0; i < q.pairs().size(); i++) {
            String pair = "L" + (i + 1) + " R" + (rights.indexOf(q.pairs().get(i).right()) + 1);
            Xml.add(correct, "qti-value", pair);
            Element entry = Xml.add(mapping, "qti-map-entry");
            entry.setAttribute("map-key", pair);
            entry.setAttribute("mapped-value", Double.toString(1.0 / q.pairs().size()));
        }
        Element interaction = Xml.add(body, "qti-match-interaction");
        interaction.setAttribute("response-identifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("max-associations", Integer.toString(q.pairs().size()));
        Xml.add(interaction, "qti-prompt", q.prompt());
        Element lefts = Xml.add(interaction, "qti-simple-match-set");
        for (int i = 0; i < q.pairs().size(); i++) {
            DraftPair pair = q.pairs().get(i);
            Element choice = Xml.add(lefts, "qti-simple-associable-choice", pair.left());
            choice.setAttribute("identifier", "L" + (i + 1));
            choice.setAttribute("match-max", "1");
        }
        Element rightSet = Xml.add(interaction, "qti-simple-match-set");
        for (int i = 0; i < rights.size(); i++) {
            Element choice = Xml.add(rightSet, "qti-simple-associable-choice", rights.get(i));
            choice.setAttribute("identifier", "R" + (i + 1));
            choice.setAttribute("match-max", Integer.toString(q.pairs().size()));
        }
    }

    private static void order(Element response, Element body, DraftQuestion q) {
        response.setAttribute("cardinality", "ordered");
        response.setAttribute("base-type", "identifier");
        Element correct = Xml.add(response, "qti-correct-response");
        for (int i = 0; i < q.items().size(); i++) {
            Xml.add(correct, "qti-value", "O" + (i + 1));
        }
        Element interaction = Xml.add(body, "qti-order-interaction");
        interaction.setAttribute("response-identifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        Xml.add(interaction, "qti-prompt", q.prompt());
        for (int i = 0; i < q.items().size(); i++) {
            Xml.add(interaction, "qti-simple-choice", q.items().get(i)).setAttribute("identifier", "O" + (i + 1));
        }
    }

    private static void hottext(Element response, Element body, DraftQuestion q, HighlightChoices choices) {
        response.setAttribute("cardinality", "multiple");
        response.setAttribute("base-type", "identifier");
        Element correct = Xml.add(response, "qti-correct-response");
        List<String> keys = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (HighlightChoices.Run run : choices.choices()) {
            keys.add("H" + (keys.size() + 1));
            right.add(run.correct());
            if (run.correct()) {
                Xml.add(correct, "qti-value", keys.getLast());
            }
        }
        mapping(response, keys, right);
        Element interaction = Xml.add(body, "qti-hottext-interaction");
        interaction.setAttribute("response-identifier", "RESPONSE");
        interaction.setAttribute("max-choices", "0");
        Xml.add(interaction, "qti-prompt", q.prompt());
        int n = 0;
        for (HighlightChoices.Passage passage : choices.passages()) {
            Element paragraph = Xml.add(interaction, "p");
            for (HighlightChoices.Run run : passage.runs()) {
                if (run.choice()) {
                    Xml.add(paragraph, "qti-hottext", run.text()).setAttribute("identifier", keys.get(n++));
                } else {
                    paragraph.appendChild(paragraph.getOwnerDocument().createTextNode(run.text()));
                }
            }
        }
    }

    /**
     * Scores with the mapping when there is one, else all or nothing against the correct response; sets
     * FEEDBACK to the choices given (for the inline feedback) and EXPLAIN so the explanation shows.
     */
    private static void processing(Element item, Element response, boolean scored) {
        Element processing = Xml.add(item, "qti-response-processing");
        if (scored) {
            Element condition = Xml.add(processing, "qti-response-condition");
            Element when = Xml.add(condition, "qti-response-if");
            Element isNull = Xml.add(when, "qti-is-null");
            Xml.add(isNull, "qti-variable").setAttribute("identifier", "RESPONSE");
            setFloat(when, "0");
            Element otherwise = Xml.add(condition, "qti-response-else");
            Element set = Xml.add(otherwise, "qti-set-outcome-value");
            set.setAttribute("identifier", "SCORE");
            if (Xml.child(response, "qti-mapping") != null) {
                Xml.add(set, "qti-map-response").setAttribute("identifier", "RESPONSE");
            } else {
                otherwise.removeChild(set);
                Element inner = Xml.add(otherwise, "qti-response-condition");
                Element match = Xml.add(Xml.add(inner, "qti-response-if"), "qti-match");
                Xml.add(match, "qti-variable").setAttribute("identifier", "RESPONSE");
                Xml.add(match, "qti-correct").setAttribute("identifier", "RESPONSE");
                setFloat((Element) match.getParentNode(), "1");
                setFloat(Xml.add(inner, "qti-response-else"), "0");
            }
            if ("identifier".equals(response.getAttribute("base-type"))
                    && !"ordered".equals(response.getAttribute("cardinality"))) {
                Element feedback = Xml.add(processing, "qti-set-outcome-value");
                feedback.setAttribute("identifier", "FEEDBACK");
                Element multiple = Xml.add(feedback, "qti-multiple");
                Xml.add(multiple, "qti-variable").setAttribute("identifier", "RESPONSE");
            }
        }
        Element explain = Xml.add(processing, "qti-set-outcome-value");
        explain.setAttribute("identifier", "EXPLAIN");
        Element value = Xml.add(explain, "qti-base-value", "SHOWN");
        value.setAttribute("base-type", "identifier");
    }

    private static void setFloat(Element parent, String number) {
        Element set = Xml.add(parent, "qti-set-outcome-value");
        set.setAttribute("identifier", "SCORE");
        Xml.add(set, "qti-base-value", number).setAttribute("base-type", "float");
    }
}
