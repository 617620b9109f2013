package org.closeread.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;

/**
 * Going to an address that may carry a query ({@code lessons/x/quiz?path=core}): Vaadin's router takes the
 * path and the query apart, and refuses a path with a {@code ?} in it.
 */
public final class Addresses {

    private Addresses() {
    }

    public static void navigate(UI ui, String address) {
        Split split = split(address);
        ui.navigate(split.path(), split.query());
    }

    public static void forwardTo(BeforeEnterEvent event, String address) {
        Split split = split(address);
        event.forwardTo(split.path(), split.query());
    }

    private record Split(String path, QueryParameters query) {
    }

    private static Split split(String address) {
        int query = address.indexOf('?');
        return query < 0 ? new Split(address, QueryParameters.empty())
                : new Split(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
    }
}
