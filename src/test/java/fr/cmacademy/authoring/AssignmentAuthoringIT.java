package fr.cmacademy.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.assignment.AssignmentSheet;
import fr.cmacademy.content.AssignmentDefinition.Criterion;
import fr.cmacademy.content.AssignmentDefinition.Level;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An assignment added to a module and written with its form reaches learners once
 * published; the bank's forms write both GIFT files; both forms are for trainers only.
 */
@IntegrationTest
class AssignmentAuthoringIT {

	@Autowired
	AuthoringService authoring;

	@Autowired
	AssignmentFormService assignmentForms;

	@Autowired
	BankFormService bankForms;

	@Autowired
	PublishingService publishing;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ContentSyncService sync;

	@Autowired
	ProgressService progress;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private final AuthoringFixture fixture = new AuthoringFixture();

	private final List<Long> learners = new ArrayList<>();

	private TestUser trainer;

	@BeforeEach
	void trainer() {
		trainer = users.create("author", Locale.FRENCH, Roles.TRAINER);
		users.signIn(trainer);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
	}

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, learners);
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		assertThat(sync.reload().applied()).isTrue();
		TestUsers.signOut();
	}

	static AssignmentSource assignment(String id) {
		return new AssignmentSource(id, new Text("Plan éditorial", "Editorial plan"),
				new Text("## Consigne\n\nÉcrivez un **plan**.", "## Brief\n\nWrite a **plan**."), 100, 400, 60, List.of(
						new Criterion("clarity", new Text("Clarté", "Clarity"), null,
								List.of(new Level(new Text("Confus", "Unclear"), 0, 0),
										new Level(new Text("Clair", "Clear"), 2, 4))),
						new Criterion("tone", new Text("Ton", "Tone"), new Text("Ton de marque", "Brand tone"),
								List.of(new Level(new Text("Faux", "Off"), 0, 0),
										new Level(new Text("Juste", "Right"), 3, 3)))));
	}

	@Test
	void an_assignment_written_in_its_form_reaches_learners_once_published() {
		String id = "ui-assign-" + fixture.suffix;
		authoring.addItem(fixture.moduleId, "assignment", "01-plan", id, new Text("Plan", "Plan"));
		assertThat(authoring.moduleSource(fixture.moduleId).items())
			.contains(new ModuleSource.ItemRef("assignment", "01-plan"));
		assertThat(publishing.check(fixture.moduleId)).as("a new assignment needs its brief and rubric")
			.isNotEmpty()
			.allMatch(p -> p.file().endsWith("assignments/01-plan/assignment.yaml"));

		List<FieldProblem> problems = assignmentForms.save(fixture.moduleId, "01-plan", assignment(id));
		assertThat(problems).isEmpty();
		assertThat(assignmentForms.load(fixture.moduleId, "01-plan")).isEqualTo(assignment(id));
		PublishResult result = publishing.publish(fixture.moduleId, "with an assignment");
		assertThat(result.problems()).isEmpty();

		TestUser learner = users.create("writer", Locale.ENGLISH, Roles.LEARNER);
		learners.add(learner.id());
		users.signIn(learner);
		progress.enrol(fixture.programmeId);
		AssignmentSheet sheet = assignments.open(id);
		assertThat(sheet.assignment().title().en()).isEqualTo("Editorial plan");
		assertThat(sheet.assignment().definition().brief().en()).contains("Write a **plan**.");
		assertThat(sheet.assignment().definition().maxPoints()).isEqualTo(7);
		assertThat(sheet.assignment().definition().maxWords()).isEqualTo(400);
	}

	@Test
	void an_invalid_assignment_form_is_refused_field_by_field_and_nothing_is_written() {
		String id = "ui-assign-" + fixture.suffix;
		authoring.addItem(fixture.moduleId, "assignment", "01-plan", id, new Text("Plan", "Plan"));
		String before = authoring.text(fixture.moduleId, "assignments/01-plan/assignment.yaml").orElseThrow();
		AssignmentSource good = assignment(id);
		AssignmentSource bad = new AssignmentSource(id, good.title(), new Text("Consigne", ""), 500, 100, 0,
				good.rubric().subList(0, 1));

		assertThat(assignmentForms.save(fixture.moduleId, "01-plan", bad)).extracting(FieldProblem::field)
			.containsExactly("brief", "maxWords", "passMark", "rubric");
		assertThat(authoring.text(fixture.moduleId, "assignments/01-plan/assignment.yaml")).contains(before);
		assertThatThrownBy(() -> assignmentForms.save(fixture.moduleId, "01-plan", assignment("other-id")))
			.isInstanceOf(AuthoringException.class)
			.hasMessage("authoring.aform.error.id-changed");
		assertThatThrownBy(() -> assignmentForms.load(fixture.moduleId, "no-such-folder"))
			.isInstanceOf(AuthoringException.class);
	}

	@Test
	void the_bank_forms_write_both_gift_files_and_the_module_still_publishes() {
		BankForm form = bankForms.load(fixture.moduleId, "basics");
		assertThat(form.problems()).isEmpty();
		assertThat(form.questions()).hasSize(3);
		List<BankQuestion> reordered = new ArrayList<>(form.questions());
		reordered.add(0, reordered.remove(2));

		assertThat(bankForms.save(fixture.moduleId, "basics", reordered)).isEmpty();

		assertThat(bankForms.load(fixture.moduleId, "basics").questions()).isEqualTo(reordered);
		assertThat(authoring.text(fixture.moduleId, "banks/basics.en.gift").orElseThrow())
			.startsWith("$CATEGORY: " + fixture.moduleId + "/basics\n\n// [id:" + fixture.moduleId + "-q3]");
		assertThat(publishing.publish(fixture.moduleId, "").problems()).isEmpty();
	}

	@Test
	void a_shipped_assignment_reads_and_writes_back_the_same_through_the_form() throws Exception {
		String yaml = Files.readString(Path
			.of("content/programmes/cm-certification/04-trolls-and-crises/assignments/01-holding-statement/assignment.yaml"));
		AssignmentSource source = AssignmentSource.read(yaml);
		assertThat(source.problems()).isEmpty();
		assertThat(AssignmentSource.read(source.write())).isEqualTo(source);
		assertThat(source.maxPoints()).isEqualTo(22);
	}

	@Test
	void learners_are_refused_by_the_form_services() {
		users.signIn(users.create("nosy", Locale.FRENCH, Roles.LEARNER));
		List<Runnable> calls = List.of(() -> bankForms.load(fixture.moduleId, "basics"),
				() -> bankForms.save(fixture.moduleId, "basics", List.of()),
				() -> assignmentForms.load(fixture.moduleId, "01-plan"),
				() -> assignmentForms.save(fixture.moduleId, "01-plan", assignment("x")));
		calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
	}

}
