package org.closeread.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers over the JDK's DOM: new documents, elements with text, safe parsing, indented output. */
final class Xml {

    private Xml() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses without DTDs or external entities, so an uploaded file can reach nothing else. */
    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(bytes));
    }

    static Element add(Node parent, String name) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        String ns = parent instanceof Element e ? e.getNamespaceURI() : null;
        Element child = ns == null ? doc.createElement(name) : doc.createElementNS(ns, name);
        parent.appendChild(child);
        return child;
    }

    static Element add(Node parent, String name, String text) {
        Element child = add(parent, name);
        child.setTextContent(text);
        return child;
    }

    static byte[] write(Document document) {
        return write(document, true);
    }

    /** Indenting would add white space inside mixed content (text with inline elements): items go unindented. */
    static byte[] write(Document document, boolean indent) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element children of a node with a name (any namespace). */
    static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName()
                    : e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Node parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The text of {@code parent/name/text}, as Moodle XML nests it; empty when absent. Text in
     * {@code format="html"} (what Moodle writes by default) becomes plain text: paragraphs and line
     * breaks kept, tags dropped, entities read.
     */
    static String text(Node parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return "";
        }
        Element text = child(element, "text");
        String content = (text == null ? element.getTextContent() : text.getTextContent()).strip();
        return "html".equalsIgnoreCase(element.getAttribute("format")) ? plain(content) : content;
    }

    static String plain(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p\\s*>", "\n\n")
                .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
