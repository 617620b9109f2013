package org.closeread.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table with a caption, column headers and the first cell of each row as its row header:
 * every row is in the page (no lazy loading), so screen readers, find-in-page and printing see them all.
 */
class DataTable<T> extends NativeTable {

    /** A column: its header and how a row's cell is made; {@code text} is set for a column of plain text. */
    private record Column<T>(String header, Function<T, Component> cell, Function<T, String> text) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final Function<T, String> rowKey;
    private List<T> rows = List.of();
    /** The text nodes of the rows shown, by row and column ({@code null} for a column of components). */
    private final List<List<Text>> texts = new ArrayList<>();

    DataTable(String caption, Function<T, String> rowKey) {
        this.rowKey = rowKey;
        setCaptionText(caption);
        addClassName("data-table");
    }

    DataTable<T> text(String header, Function<T, String> text) {
        columns.add(new Column<>(header, row -> new Text(text.apply(row)), text));
        return this;
    }

    DataTable<T> component(String header, Function<T, Component> cell) {
        columns.add(new Column<>(header, cell, null));
        return this;
    }

    /**
     * Shows these rows. Only rows that differ from the ones shown are built again (a live dashboard of 300
     * students changes one row per answer); {@code everything} builds every row again.
     */
    void setRows(List<T> rows, boolean everything) {
        List<T> before = everything ? List.of() : this.rows;
        this.rows = List.copyOf(rows);
        if (getHead().getRowCount() == 0) {
            NativeTableRow head = getHead().addRow();
            for (Column<T> column : columns) {
                NativeTableHeaderCell cell = head.addHeaderCell();
                cell.setText(column.header());
                cell.getElement().setAttribute("scope", "col");
            }
        }
        if (everything) {
            getBody().removeAllRows();
            texts.clear();
        }
        for (int i = 0; i < this.rows.size(); i++) {
            T row = this.rows.get(i);
            boolean shown = i < before.size() && i < getBody().getRowCount();
            if (shown && before.get(i).equals(row)) {
                continue;
            }
            if (shown && rowKey.apply(before.get(i)).equals(rowKey.apply(row)) && updateTexts(i, row)) {
                continue;
            }
            List<Text> rowTexts = new ArrayList<>();
            NativeTableRow tr = row(row, rowTexts);
            if (i < getBody().getRowCount()) {
                getBody().replaceRow(i, tr);
                texts.set(i, rowTexts);
            } else {
                getBody().addRows(tr);
                texts.add(rowTexts);
            }
        }
        while (getBody().getRowCount() > this.rows.size()) {
            getBody().removeRow((int) getBody().getRowCount() - 1);
            texts.remove(texts.size() - 1);
        }
    }

    /**
     * The same student (row key) with new numbers: only the cells whose words changed get new text, so an
     * update sends a few words instead of a new row. False (build the row again) if a column is not text.
     */
    private boolean updateTexts(int index, T row) {
        List<Text> shown = texts.get(index);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).text() == null || shown.get(c) == null) {
                return false;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            String text = columns.get(c).text().apply(row);
            if (!text.equals(shown.get(c).getText())) {
                shown.get(c).setText(text);
            }
        }
        return true;
    }

    void setRows(List<T> rows) {
        setRows(rows, true);
    }

    private NativeTableRow row(T row, List<Text> rowTexts) {
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-row", rowKey.apply(row));
        for (int i = 0; i < columns.size(); i++) {
            Component content = columns.get(i).cell().apply(row);
            rowTexts.add(content instanceof Text text ? text : null);
            if (i == 0) {
                NativeTableHeaderCell th = tr.addHeaderCell();
                th.getElement().setAttribute("scope", "row");
                th.add(content);
            } else {
                NativeTableCell td = tr.addDataCell();
                td.add(content);
            }
        }
        return tr;
    }

    List<T> rows() {
        return rows;
    }
}
