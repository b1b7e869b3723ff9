package fr.cmacademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: feature packages without cycles, services that never reach into
 * UI code, repositories used only by their own feature, and an access rule on every
 * route.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("fr.cmacademy");
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("fr.cmacademy.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void services_and_repositories_never_depend_on_ui_code() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(Service.class)
			.or()
			.areAnnotatedWith(Repository.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..ui..");
		rule.check(classes);
	}

	@Test
	void repositories_are_used_only_inside_their_feature() {
		for (String feature : new String[] { "account", "settings", "content", "learning", "quiz", "scenario",
				"assignment", "notification", "grading", "certificate", "gradebook", "audit", "cohort", "authoring",
				"privacy", "userimport" }) {
			classes().that()
				.resideInAPackage("fr.cmacademy." + feature + ".internal..")
				.and()
				.areAnnotatedWith(Repository.class)
				.should()
				.onlyBeAccessed()
				.byAnyPackage("fr.cmacademy." + feature + "..")
				// A read-model feature (gradebook) may own no repository at all.
				.allowEmptyShould(true)
				.check(classes);
		}
	}

	@Test
	void views_never_use_repositories() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.check(classes);
	}

	@Test
	void every_route_declares_who_may_open_it() {
		classes().that()
			.areAnnotatedWith(Route.class)
			.should()
			.beAnnotatedWith(RolesAllowed.class)
			.orShould()
			.beAnnotatedWith(PermitAll.class)
			.orShould()
			.beAnnotatedWith(AnonymousAllowed.class)
			.orShould()
			.beAnnotatedWith(DenyAll.class)
			.check(classes);
	}

}
