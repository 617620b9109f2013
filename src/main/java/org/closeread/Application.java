package org.closeread;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
// Lumo from Vaadin's pre-built bundle; a @Theme here would make Vaadin rebuild its frontend bundle.
@StyleSheet(Lumo.STYLESHEET)
// Server push: a teacher's dashboard changes as students answer, without reloading.
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The icon browsers show in the tab (served from META-INF/resources, open to everyone). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32");
    }
}
