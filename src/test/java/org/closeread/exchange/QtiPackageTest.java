package org.closeread.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.FirstLessonDraft;
import org.closeread.authoring.LessonDraft;
import org.closeread.quiz.QuestionType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * The QTI 3.0 package of the first lesson's quiz. The 1EdTech QTI 3.0 XSDs are published only at
 * purl.imsglobal.org and in no repository or package this build can reach, so the package is checked
 * for what those schemas require of these items: well-formed XML in the QTI 3.0 namespaces, the
 * manifest naming every item file, the declarations before the body, and every correct response naming
 * a choice of its interaction.
 */
class QtiPackageTest {

    private final LessonDraft lesson = FirstLessonDraft.draft();
    private final QuizForExport quiz = QuizForExport.of(lesson).orElseThrow();
    private final XPathEngine xpath = new JAXPXPathEngine();

    QtiPackageTest() {
        xpath.setNamespaceContext(Map.of("q", QtiPackage.ASI, "cp", QtiPackage.CP));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private String eval(String expression, byte[] xml) {
        return xpath.evaluate(expression, Input.fromByteArray(xml).build());
    }

    private List<String> values(String expression, byte[] xml) {
        Iterable<Node> nodes = xpath.selectNodes(expression, Input.fromByteArray(xml).build());
        return StreamSupport.stream(nodes.spliterator(), false).map(Node::getTextContent).toList();
    }

    @Test
    void the_manifest_names_one_item_file_per_question_and_every_file_is_in_the_zip() throws IOException {
        Map<String, byte[]> files = unzip(QtiPackage.zip(quiz));
        byte[] manifest = files.get("imsmanifest.xml");

        assertThat(eval("name(/*)", manifest)).isEqualTo("manifest");
        assertThat(eval("/cp:manifest/cp:metadata/cp:schemaversion", manifest)).isEqualTo("3.0.0");
        List<String> hrefs = values("/cp:manifest/cp:resources/cp:resource[@type='imsqti_item_xmlv3p0']/@href",
                manifest);
        assertThat(hrefs).hasSize(quiz.items().size());
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("imsmanifest.xml"), hrefs.stream()).toList());
        for (String href : hrefs) {
            assertThat(values("/cp:manifest/cp:resources/cp:resource[@href='" + href + "']/cp:file/@href", manifest))
                    .containsExactly(href);
        }
    }

    @Test
    void each_item_is_a_qti_3_item_with_the_interaction_of_its_type() throws IOException {
        Map<String, byte[]> files = unzip(QtiPackage.zip(quiz));
        for (QuizForExport.Item entry : quiz.items()) {
            DraftQuestion q = entry.question();
            byte[] item = files.get("items/" + QtiPackage.identifier(q.id()) + ".xml");
            assertThat(item).as(q.id()).isNotNull();
            assertThat(eval("/q:qti-assessment-item/@identifier", item)).isEqualTo(QtiPackage.identifier(q.id()));
            assertThat(eval("name(/q:qti-assessment-item/*[1])", item)).isEqualTo("qti-response-declaration");
            assertThat(eval("name(/q:qti-assessment-item/*[last()])", item))
                    .isIn("qti-response-processing", "qti-modal-feedback");
            String interaction = switch (q.type()) {
                case SINGLE, MULTIPLE, TRUE_FALSE -> "qti-choice-interaction";
                case MATCH -> "qti-match-interaction";
                case ORDER -> "qti-order-interaction";
                case WRITTEN -> "qti-extended-text-interaction";
                case HIGHLIGHT -> "qti-hottext-interaction";
            };
            assertThat(eval("count(/q:qti-assessment-item/q:qti-item-body/q:" + interaction + ")", item))
                    .as(q.id()).isEqualTo("1");
            assertThat(eval("/q:qti-assessment-item/q:qti-item-body//q:qti-prompt", item)).isEqualTo(q.prompt());

            Set<String> choiceIds = new HashSet<>(values("//q:qti-item-body//*[@identifier]/@identifier", item));
            for (String value : values("//q:qti-correct-response/q:qti-value", item)) {
                for (String id : value.split(" ")) {
                    assertThat(choiceIds).as(q.id() + " correct response " + value).contains(id);
                }
            }
        }
    }

    @Test
    void a_highlight_question_is_a_hottext_interaction_whose_right_hot_texts_are_its_targets() throws IOException {
        Map<String, byte[]> files = unzip(QtiPackage.zip(quiz));
        List<DraftQuestion> highlights = quiz.items().stream().map(QuizForExport.Item::question)
                .filter(q -> q.type() == QuestionType.HIGHLIGHT).toList();
        assertThat(highlights).isNotEmpty();
        for (DraftQuestion q : highlights) {
            byte[] item = files.get("items/" + QtiPackage.identifier(q.id()) + ".xml");
            List<String> right = values("//q:qti-correct-response/q:qti-value", item);
            List<String> rightTexts = right.stream()
                    .map(id -> eval("//q:qti-hottext[@identifier='" + id + "']", item)).toList();
            assertThat(rightTexts).containsExactlyElementsOf(q.targets().stream().map(t -> t.text()).toList());
            assertThat(Integer.parseInt(eval("count(//q:qti-hottext)", item))).isGreaterThan(right.size());
            assertThat(eval("//q:qti-response-declaration/@cardinality", item)).isEqualTo("multiple");
            String passage = String.join("\n\n", values("//q:qti-hottext-interaction/q:p", item));
            assertThat(passage).isEqualTo(String.join("\n\n", HighlightKeyBlocks.texts(lesson, q)));
        }
    }

    @Test
    void a_written_answer_is_scored_by_hand_with_the_model_answer_for_the_scorer() throws IOException {
        Map<String, byte[]> files = unzip(QtiPackage.zip(quiz));
        DraftQuestion written = quiz.items().stream().map(QuizForExport.Item::question)
                .filter(q -> q.type() == QuestionType.WRITTEN).findFirst().orElseThrow();
        byte[] item = files.get("items/" + QtiPackage.identifier(written.id()) + ".xml");

        assertThat(eval("//q:qti-rubric-block[@view='scorer']/q:qti-content-body/q:p[1]", item))
                .isEqualTo(QuizForExport.MODEL_ANSWER + written.modelAnswer());
        assertThat(eval("count(//q:qti-set-outcome-value[@identifier='SCORE'])", item)).isEqualTo("0");
    }
}
