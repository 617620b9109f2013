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
        int query = address.indexOf('?');
        if (query < 0) {
            ui.navigate(address);
        } else {
            ui.navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    public static void forwardTo(BeforeEnterEvent event, String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            event.forwardTo(address);
        } else {
            event.forwardTo(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }
}
