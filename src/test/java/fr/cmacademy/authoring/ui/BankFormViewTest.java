package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.authoring.AuthoringFixture;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's question forms and the assignment form on the real services: a trainer edits
 * a question and saves it to both GIFT files, a mistake is shown next to its field and
 * nothing is written, and an assignment is written from its form.
 */
class BankFormViewTest extends ViewTestBase {

	@Autowired
	AuthoringService authoring;

	@Autowired
	ContentSyncService sync;

	@Autowired
	JdbcClient jdbc;

	private final AuthoringFixture fixture = new AuthoringFixture();

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, List.of());
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		assertThat(sync.reload().applied()).isTrue();
		TestUsers.signOut();
	}

	@Test
	void a_trainer_edits_a_question_in_its_form_and_both_gift_files_change() {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");

		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/bank/basics/form");
		assertThat(getCurrentView()).isInstanceOf(BankFormView.class);
		assertThat(text()).contains("Vrai/faux — Q1 (" + fixture.moduleId + "-q1)",
				"Choix unique — Q2 (" + fixture.moduleId + "-q2)", "Réponse courte — Q3");
		click("Modifier la question " + fixture.moduleId + "-q2");
		assertThat(text()).contains("Question : Choix unique", "Telle que les apprenants la voient");

		area("Énoncé", "fr").setValue("Quelle couleur pour le fond ?");
		area("Énoncé", "en").setValue("Which background colour?");
		area("Texte", "fr", 1).setValue("Bleu");
		area("Texte", "en", 1).setValue("Blue");
		click("Enregistrer la question");

		String fr = authoring.text(fixture.moduleId, "banks/basics.fr.gift").orElseThrow();
		String en = authoring.text(fixture.moduleId, "banks/basics.en.gift").orElseThrow();
		assertThat(fr).contains("::Q2::Quelle couleur pour le fond ?", "~Bleu");
		assertThat(en).contains("::Q2::Which background colour?", "~Blue");
		assertThat(text()).contains("Choix unique — Q2");
		assertThat($(BankFormView.class).single()).isNotNull();
	}

	@Test
	void a_question_without_a_right_answer_is_refused_next_to_its_options_and_nothing_is_written() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Text.");
		String before = authoring.text(fixture.moduleId, "banks/basics.en.gift").orElseThrow();

		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/bank/basics/form");
		click("Edit question " + fixture.moduleId + "-q2");
		@SuppressWarnings("unchecked")
		Select<Double> weight = $(Select.class).all()
			.stream()
			.filter(s -> "Share of the mark".equals(s.getLabel()))
			.findFirst()
			.orElseThrow();
		weight.setValue(50.0);
		area("Text", "en", 1).setValue("");
		click("Save the question");

		assertThat(text()).contains("No correct answer: give one answer 100 %.");
		TextArea missing = area("Text", "en", 1);
		assertThat(missing.isInvalid()).isTrue();
		assertThat(missing.getErrorMessage()).isEqualTo("Missing in EN: give this text in both languages.");
		assertThat(area("Text", "fr", 1).isInvalid()).isFalse();
		assertThat(authoring.text(fixture.moduleId, "banks/basics.en.gift").orElseThrow()).isEqualTo(before);
	}

	@Test
	void a_trainer_adds_a_numeric_question_from_the_form() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Text.");
		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/bank/basics/form");
		@SuppressWarnings("unchecked")
		Select<fr.cmacademy.question.QuestionType> type = $(Select.class).all()
			.stream()
			.filter(s -> "Type of the new question".equals(s.getLabel()))
			.findFirst()
			.orElseThrow();
		type.setValue(fr.cmacademy.question.QuestionType.NUMERIC);
		click("Add a question");
		field("Name", "fr").setValue("Taux");
		field("Name", "en").setValue("Rate");
		area("Question text", "fr").setValue("Taux d’engagement en % ?");
		area("Question text", "en").setValue("Engagement rate in %?");
		$(com.vaadin.flow.component.textfield.BigDecimalField.class).all()
			.stream()
			.filter(f -> "Value".equals(f.getLabel()))
			.findFirst()
			.orElseThrow()
			.setValue(new java.math.BigDecimal("4.5"));
		$(com.vaadin.flow.component.textfield.BigDecimalField.class).all()
			.stream()
			.filter(f -> "Tolerance".equals(f.getLabel()))
			.findFirst()
			.orElseThrow()
			.setValue(new java.math.BigDecimal("0.5"));
		click("Save the question");

		assertThat(authoring.text(fixture.moduleId, "banks/basics.en.gift").orElseThrow()).contains(
				"// [id:" + fixture.moduleId + "-basics-q4]", "::Rate::[markdown]Engagement rate in %?{#", "=4.5:0.5");
		assertThat(text()).contains("Numeric — Rate (" + fixture.moduleId + "-basics-q4)");
	}

	@Test
	void a_trainer_writes_an_assignment_from_its_form() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Text.");
		authoring.addItem(fixture.moduleId, "assignment", "01-brief", "ui-assign-" + fixture.suffix,
				new Text("Devoir", "Assignment"));
		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/assignment/01-brief");
		assertThat(getCurrentView()).isInstanceOf(AssignmentEditorView.class);
		assertThat(text()).contains("No criterion yet");

		$(TextArea.class).all()
			.stream()
			.filter(a -> "Brief — French".equals(a.getLabel()))
			.findFirst()
			.orElseThrow()
			.setValue("## Situation\n\nÉcrivez **un** post.");
		click(UI.getCurrent().getTranslation("authoring.save"));
		assertThat(text()).contains("2 problems to fix before saving", "Give at least 2 criteria.");
		TextArea briefEn = $(TextArea.class).all()
			.stream()
			.filter(a -> "Brief — English".equals(a.getLabel()))
			.findFirst()
			.orElseThrow();
		assertThat(briefEn.isInvalid()).isTrue();
		assertThat(briefEn.getErrorMessage()).isEqualTo("Missing in EN: give this text in both languages.");
		assertThat(authoring.text(fixture.moduleId, "assignments/01-brief/assignment.yaml").orElseThrow())
			.doesNotContain("Situation");
		assertThat(html(getCurrentView().getElement())).contains("Situation</h2>", "<strong>un</strong>");
	}

	private void click(String label) {
		Button button = $(Button.class).all()
			.stream()
			.filter(b -> label.equals(b.getText()) || label.equals(b.getElement().getAttribute("aria-label")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label));
		test(button).click();
	}

	private TextArea area(String label, String language) {
		return area(label, language, 0);
	}

	/** The {@code nth} text area labelled {@code label — French/English}. */
	private TextArea area(String label, String language, int nth) {
		String full = label + " — " + UI.getCurrent().getTranslation("authoring." + language);
		List<TextArea> found = new ArrayList<>(
				$(TextArea.class).all().stream().filter(a -> full.equals(a.getLabel())).toList());
		assertThat(found).as(full).hasSizeGreaterThan(nth);
		return found.get(nth);
	}

	private TextField field(String label, String language) {
		String full = label + " — " + UI.getCurrent().getTranslation("authoring." + language);
		return $(TextField.class).all().stream().filter(a -> full.equals(a.getLabel())).findFirst().orElseThrow();
	}

	private static String html(com.vaadin.flow.dom.Element element) {
		StringBuilder out = new StringBuilder(element.getProperty("innerHTML", ""));
		element.getChildren().forEach(c -> out.append(html(c)));
		return out.toString();
	}

	private String text() {
		return getCurrentView().getElement().getTextRecursively();
	}

}
