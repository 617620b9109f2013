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

    private record Column<T>(String header, Function<T, Component> cell) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final Function<T, String> rowKey;
    private List<T> rows = List.of();

    DataTable(String caption, Function<T, String> rowKey) {
        this.rowKey = rowKey;
        setCaptionText(caption);
        addClassName("data-table");
    }

    DataTable<T> text(String header, Function<T, String> text) {
        return component(header, row -> new Text(text.apply(row)));
    }

    DataTable<T> component(String header, Function<T, Component> cell) {
        columns.add(new Column<>(header, cell));
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
        }
        for (int i = 0; i < this.rows.size(); i++) {
            T row = this.rows.get(i);
            if (i < before.size() && before.get(i).equals(row) && i < getBody().getRowCount()) {
                continue;
            }
            NativeTableRow tr = row(row);
            if (i < getBody().getRowCount()) {
                getBody().replaceRow(i, tr);
            } else {
                getBody().addRows(tr);
            }
        }
        while (getBody().getRowCount() > this.rows.size()) {
            getBody().removeRow((int) getBody().getRowCount() - 1);
        }
    }

    void setRows(List<T> rows) {
        setRows(rows, true);
    }

    private NativeTableRow row(T row) {
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-row", rowKey.apply(row));
        for (int i = 0; i < columns.size(); i++) {
            Component content = columns.get(i).cell().apply(row);
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
