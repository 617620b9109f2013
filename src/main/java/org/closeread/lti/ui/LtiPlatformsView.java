package org.closeread.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.closeread.base.ui.MainLayout;
import org.closeread.lti.LtiService;
import org.closeread.lti.Platform;
import org.closeread.security.TeacherAccountService;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The teacher's LMS connections: the values to paste into the LMS when adding CloseRead as an LTI 1.3
 * tool, a form to register the platform with the values the LMS shows back, and the platforms registered.
 */
@Route(value = "teacher/lti", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
public class LtiPlatformsView extends Div implements HasDynamicTitle {

    private final LtiService lti;
    private final String teacher;
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final TextArea deployments = new TextArea();
    private final TextField jwks = new TextField();
    private final TextField auth = new TextField();
    private final TextField token = new TextField();
    private final Paragraph error = new Paragraph();
    private final Div registered = new Div();

    LtiPlatformsView(LtiService lti, AuthenticationContext authentication) {
        this.lti = lti;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassNames("teacher-view", "lti-platforms");
        add(new H1(getTranslation("lti.platforms.heading")), new Paragraph(getTranslation("lti.platforms.intro")));

        add(new H2(getTranslation("lti.tool.heading")), new Paragraph(getTranslation("lti.tool.text")));
        DescriptionList values = new DescriptionList();
        values.setId("lti-tool-values");
        toolValues().forEach((key, value) -> {
            Code code = new Code(value);
            code.addClassName("lti-value");
            values.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(code));
        });
        add(values);

        add(new H2(getTranslation("lti.register.heading")), new Paragraph(getTranslation("lti.register.text")));
        field(issuer, "lti-issuer", "lti.register.issuer", "lti.register.issuer.placeholder");
        field(clientId, "lti-client-id", "lti.register.client-id", null);
        deployments.setId("lti-deployments");
        deployments.setLabel(getTranslation("lti.register.deployments"));
        deployments.setWidthFull();
        deployments.setHelperText(getTranslation("lti.register.deployments.helper"));
        field(jwks, "lti-jwks", "lti.register.jwks", "lti.register.jwks.placeholder");
        field(auth, "lti-auth", "lti.register.auth", "lti.register.auth.placeholder");
        field(token, "lti-token", "lti.register.token", "lti.register.token.placeholder");
        error.setId("lti-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button register = new Button(getTranslation("lti.register.button"), click -> register());
        register.setId("lti-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(issuer, clientId, deployments, jwks, auth, token, error, register);
        form.addClassName("stacked-form");
        add(form);

        registered.setId("lti-registered");
        add(new H2(getTranslation("lti.registered.heading")), registered);
        showRegistered();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.platforms.heading") + " — CloseRead";
    }

    private void field(TextField field, String id, String label, String placeholderKey) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setWidthFull();
        if (placeholderKey != null) {
            field.setPlaceholder(getTranslation(placeholderKey));
        }
    }

    /** Our addresses as the LMS must have them (this server's address as the browser reached it). */
    private Map<String, String> toolValues() {
        String base = "";
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            base = UriComponentsBuilder.newInstance().scheme(http.getScheme()).host(http.getServerName())
                    .port(http.getServerPort() == 80 || http.getServerPort() == 443 ? -1 : http.getServerPort())
                    .path(http.getContextPath()).toUriString();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lti.tool.url", base + "/");
        values.put("lti.tool.login", base + "/lti/login");
        values.put("lti.tool.launch", base + "/lti/launch");
        values.put("lti.tool.jwks", base + "/lti/jwks");
        return values;
    }

    private void register() {
        try {
            lti.register(teacher, issuer.getValue(), clientId.getValue(), deployments.getValue(), jwks.getValue(),
                    auth.getValue(), token.getValue());
        } catch (LtiService.RegistrationException e) {
            error.setText(getTranslation(e.key()));
            error.setVisible(true);
            return;
        }
        error.setVisible(false);
        for (TextField field : new TextField[] {issuer, clientId, jwks, auth, token}) {
            field.clear();
        }
        deployments.clear();
        showRegistered();
    }

    private void showRegistered() {
        registered.removeAll();
        var platforms = lti.platforms(teacher);
        if (platforms.isEmpty()) {
            registered.add(new Paragraph(getTranslation("lti.registered.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Platform platform : platforms) {
            Button remove = new Button(getTranslation("lti.registered.remove"), click -> {
                lti.remove(teacher, platform.id());
                showRegistered();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(new Span(getTranslation("lti.registered.item", platform.issuer(),
                    platform.clientId(), String.join(", ", platform.deploymentIds()))), remove));
        }
        registered.add(list);
    }

    TextField issuerField() {
        return issuer;
    }
}
