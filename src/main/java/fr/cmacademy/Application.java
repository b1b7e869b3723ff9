package fr.cmacademy;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import fr.cmacademy.content.ContentCli;

/**
 * CM Academy: trains and certifies community managers. The application shell loads the
 * Aura theme first and the application stylesheet after it, so our custom properties
 * override Aura's defaults.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addFavIcon("icon", "images/favicon.svg", "any");
		settings.addMetaTag("color-scheme", "light");
	}

	public static void main(String[] args) {
		if (args.length > 0 && ContentCli.COMMAND.equals(args[0])) {
			System.exit(ContentCli.run(args, System.out, System.err));
		}
		SpringApplication.run(Application.class, args);
	}

}
