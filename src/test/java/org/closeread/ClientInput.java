package org.closeread;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Types a value into a field as a user in the browser would: the value arrives "from the client", so
 * value-change listeners see {@code isFromClient()} as they do in a real browser. Refuses fields a user
 * could not type into (hidden, disabled or read-only). Karibu-Testing's own {@code _setValue} reaches into
 * a Vaadin internal that Vaadin 25.2 no longer has; this goes through {@link AbstractField}'s own
 * {@code setModelValue(value, fromClient)}.
 */
public final class ClientInput {

    private ClientInput() {
    }

    public static <V> void _setValue(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                throw new IllegalStateException(component + " is not visible: no user can type into it");
            }
        }
        if (field instanceof HasEnabled enabled && !enabled.isEnabled()) {
            throw new IllegalStateException(component + " is disabled: no user can type into it");
        }
        if (field.isReadOnly()) {
            throw new IllegalStateException(component + " is read-only: no user can type into it");
        }
        if (!(field instanceof AbstractField<?, ?> abstractField)) {
            field.setValue(value);
            return;
        }
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(abstractField, value, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + component + " as a user would", e);
        }
    }
}
