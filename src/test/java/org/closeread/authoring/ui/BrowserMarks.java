package org.closeread.authoring.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.closeread.base.ui.component.SpanMarker;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Marks as the browser sends them, through the marker's own {@code marks-changed} event. */
final class BrowserMarks {

    private BrowserMarks() {
    }

    static void send(SpanMarker marker, SpanMarker.Mark... marks) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (SpanMarker.Mark mark : marks) {
            ObjectNode json = array.addObject();
            json.put("block", mark.block());
            json.put("start", mark.start());
            json.put("end", mark.end());
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("event.detail.marks", array);
        marker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(marker.getElement(), "marks-changed", data));
    }

    /** A mark on the words {@code phrase} of block {@code block}, whose text is {@code text}. */
    static SpanMarker.Mark on(int block, String text, String phrase) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + phrase + "\" is not in block " + block);
        }
        return new SpanMarker.Mark(block, start, start + phrase.length());
    }
}
