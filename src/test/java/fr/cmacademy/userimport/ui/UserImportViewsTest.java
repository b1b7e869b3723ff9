package fr.cmacademy.userimport.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.userimport.ImportField;
import fr.cmacademy.userimport.ImportFixture;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportProblem;
import fr.cmacademy.userimport.ImportRefusedException;
import fr.cmacademy.userimport.ImportService.PreviewRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import pages as admins use them, and as learners and trainers are refused them.
 */
class UserImportViewsTest extends ViewTestBase {

	@Autowired
	ImportFixture fixture;

	@Test
	void an_admin_maps_previews_imports_and_reads_the_report() {
		signInAs(Locale.FRENCH, Roles.ADMIN);
		String t = ImportFixture.token();
		String code = "VIEW-" + t;
		fixture.cohort(code, "cm-certification");
		ImportJob job = fixture.upload("""
				Identifiant,Nom complet,Courriel,Promotion
				ana-%1$s,Ana Martin,ana-%1$s@example.test,%2$s
				ben-%1$s,Ben Petit,pas-une-adresse,%2$s
				cleo-%1$s,Cléo Dubois,cleo-%1$s@example.test,INCONNUE-%1$s
				""".formatted(t, code));

		UserImportView home = navigate(UserImportView.class);
		assertThat(home.getPageTitle()).isEqualTo("Importer des utilisateurs");
		assertThat(find(Upload.class).exists()).isTrue();
		assertThat(home.getElement().getTextRecursively()).contains("Imports récents");
		@SuppressWarnings("unchecked")
		Grid<ImportJob> recent = find(Grid.class).single();
		assertThat(test(recent).getRow(0).id()).isEqualTo(job.id());
		assertThat(test(recent).getCellText(0, 2)).isEqualTo("En attente de votre vérification");
		home.refused(new ImportRefusedException("userimport.refused.spreadsheet", ""));
		assertThat(home.refusal.getText()).startsWith("C’est un classeur");

		UI.getCurrent().navigate("admin/import/" + job.id());
		ImportJobView view = (ImportJobView) getCurrentView();
		MappingForm form = find(MappingForm.class).single();
		assertThat(form.combos.get(ImportField.USERNAME.ordinal()).getValue()).isZero();
		assertThat(form.combos.get(ImportField.COHORT.ordinal()).getValue()).isEqualTo(3);
		@SuppressWarnings("unchecked")
		Grid<PreviewRow> preview = form.preview;
		assertThat(test(preview).size()).isEqualTo(3);
		assertThat(test(preview).getRow(0).outcome()).isEqualTo("NEW");
		assertThat(test(preview).getRow(1).outcome()).isEqualTo("INVALID");
		assertThat(form.problemText(test(preview).getRow(2).problems().getFirst()))
			.isEqualTo("Code de promotion : Aucune promotion n’a le code « INCONNUE-" + t + " ».");

		form.combos.get(ImportField.USERNAME.ordinal()).clear();
		assertThat(form.start.isEnabled()).isFalse();
		assertThat(form.mappingProblems.getElement().getTextRecursively())
			.contains("Choisissez la colonne des noms d’utilisateur.");
		test(form.combos.get(ImportField.USERNAME.ordinal())).selectItem("Colonne 1 : Identifiant");
		assertThat(form.start.isEnabled()).isTrue();

		test(form.start).click();
		fixture.await(job.id());
		view.refresh();
		ImportReport report = find(ImportReport.class).single();
		assertThat(report.getElement().getTextRecursively()).contains("Créés", "Refusés", "Lignes refusées");
		@SuppressWarnings("unchecked")
		Grid<ImportProblem> problems = report.problems;
		assertThat(test(problems).size()).isEqualTo(2);
		assertThat(test(problems).getRow(0).row()).isEqualTo(3);
		assertThat(report.message(test(problems).getRow(0))).isEqualTo("Cette adresse e-mail n’est pas valide.");
		assertThat(report.download.getHref()).isNotBlank();
		var csv = new java.io.ByteArrayOutputStream();
		try {
			report.writeCsv(csv, Locale.FRENCH);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("\uFEFFLigne;Champ;Problème\r\n3;E-mail;Cette adresse e-mail n’est pas valide.\r\n")
			.contains("4;Code de promotion;Aucune promotion n’a le code « INCONNUE-" + t + " ».");
	}

	@Test
	void learners_and_trainers_are_refused_both_pages() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		ImportJob job = fixture.upload("username,email,name\nx,x@example.test,X\n");
		for (String role : new String[] { Roles.LEARNER, Roles.TRAINER }) {
			signInAs(Locale.ENGLISH, role);
			UI.getCurrent().navigate("admin/import");
			assertThat(getCurrentView()).isNotInstanceOf(UserImportView.class);
			assertThat(getCurrentView().getElement().getTextRecursively())
				.contains("This page does not exist or is not available to you");
			UI.getCurrent().navigate("admin/import/" + job.id());
			assertThat(getCurrentView()).isNotInstanceOf(ImportJobView.class);
			assertThat(getCurrentView().getElement().getTextRecursively())
				.contains("This page does not exist or is not available to you")
				.doesNotContain("users.csv");
		}
	}

	@Test
	void an_unknown_import_is_not_found() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		UI.getCurrent().navigate("admin/import/999999999");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
		UI.getCurrent().navigate("admin/import/abc");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
	}

}
