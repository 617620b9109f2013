package org.closeread.base.ui.component;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain HTML table of texts with a caption, column headers and the first cell of each row as its row
 * header: every row is in the page, so screen readers, find-in-page and printing see them all. The caption
 * is for assistive technology; {@link #titled} puts the same words above the table as a heading, outside
 * the container that scrolls a wide table sideways on a phone.
 */
public class TextTable extends NativeTable {

    /** A heading with the caption's words, then the table in a container that scrolls sideways. */
    public static com.vaadin.flow.component.html.Div titled(TextTable table) {
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(table.getCaptionText());
        title.addClassName("table-title");
        com.vaadin.flow.component.html.Div scroll = new com.vaadin.flow.component.html.Div(table);
        scroll.addClassName("table-scroll");
        return new com.vaadin.flow.component.html.Div(title, scroll);
    }

    public TextTable(String caption, List<String> headers, List<List<String>> rows) {
        setCaptionText(caption);
        addClassNames("data-table", "text-table");
        // Equal columns, each at least 8rem wide: a wider table scrolls inside its container on a phone.
        getStyle().set("min-width", (headers.size() * 8) + "rem");
        NativeTableRow head = getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<String> row : rows) {
            NativeTableRow tr = getBody().addRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell th = tr.addHeaderCell();
                    th.getElement().setAttribute("scope", "row");
                    th.setText(row.get(i));
                } else {
                    NativeTableCell td = tr.addDataCell();
                    td.setText(row.get(i));
                }
            }
        }
    }
}
