package fr.cmacademy.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.ScenarioReadResult;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.SimulationProblem;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scenario form's model: every shipped scenario opened in it and written back reads
 * as the same scenario; edits land where they should; the reader's problems map to the
 * form's fields.
 */
class ScenarioDraftTest {

	static List<Path> shipped() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("content"))) {
			return files.filter(p -> p.getFileName().toString().equals("scenario.yaml")).sorted().toList();
		}
	}

	static Set<String> assets(Path file) throws IOException {
		Path dir = file.resolveSibling("assets");
		if (!Files.isDirectory(dir)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		}
	}

	@Test
	void every_shipped_scenario_written_back_from_the_form_model_reads_the_same() throws IOException {
		List<Path> files = shipped();
		assertThat(files).hasSizeGreaterThanOrEqualTo(9);
		Set<Kind> kinds = new java.util.HashSet<>();
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			Set<String> assets = assets(file);
			ScenarioReadResult original = ScenarioReader.read(text, assets);
			assertThat(original.problems()).as(file.toString()).isEmpty();
			String written = ScenarioDraft.parse(text).write();
			ScenarioReadResult again = ScenarioReader.read(written, assets);
			assertThat(again.problems()).as(file + "\n" + written).isEmpty();
			assertThat(again.scenario()).as(file.toString()).isEqualTo(original.scenario());
			assertThat(ScenarioDraft.parse(written).write()).as("stable").isEqualTo(written);
			kinds.add(original.scenario().kind());
		}
		assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
	}

	@Test
	void an_edited_persona_and_node_are_written_and_the_rest_is_kept() throws IOException {
		Path file = shipped().stream().filter(p -> p.toString().contains("delivery-crisis")).findFirst().orElseThrow();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Scenario before = ScenarioReader.read(text, Set.of()).scenario();
		ScenarioDraft draft = ScenarioDraft.parse(text);
		ScenarioDraft.items(draft.root(), "personas").get(0).put("name", "Léa \"L\" Martin: #1");
		Map<String, Object> decision = ScenarioDraft.items(draft.root(), "decisions").get(0);
		ScenarioDraft.put(decision, "when",
				ScenarioDraft.parseFlow("{ all: [{ metric: trust, above: 40 }, { score_above: 5 }] }"));
		String written = draft.write();
		assertThat(written).startsWith("# A delivery crisis");
		Scenario after = ScenarioReader.read(written, Set.of()).scenario();
		assertThat(after).isNotNull();
		assertThat(after.personas().get(0).name()).isEqualTo("Léa \"L\" Martin: #1");
		assertThat(after.personas().get(0).id()).isEqualTo("lea");
		assertThat(after.conversation().decisions().get(0).when()).hasToString(
				"All[conditions=[MetricIs[metric=trust, comparison=ABOVE, value=40.0], ScoreAbove[points=5]]]");
		assertThat(after.personas().subList(1, after.personas().size()))
			.isEqualTo(before.personas().subList(1, before.personas().size()));
		assertThat(after.conversation().timeline()).isEqualTo(before.conversation().timeline());
	}

	@Test
	void problems_are_mapped_to_the_field_they_concern() throws IOException {
		Path file = shipped().stream().filter(p -> p.toString().contains("delivery-crisis")).findFirst().orElseThrow();
		ScenarioDraft draft = ScenarioDraft.parse(Files.readString(file, StandardCharsets.UTF_8));
		ScenarioDraft.items(draft.root(), "personas").get(1).put("archetype", "wizard");
		ScenarioDraft.items(draft.root(), "metrics").get(0).put("start", 500);
		String written = draft.write();
		List<SimulationProblem> problems = ScenarioReader.read(written, Set.of()).problems();
		assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
		Map<Integer, String> paths = ScenarioDraft.linePaths(written);
		Set<String> fields = Set.of("personas[1].archetype", "personas[1].name", "metrics[0].start", "metrics[0]",
				"brand.name");
		List<String> mapped = problems.stream().map(p -> ScenarioDraft.fieldOf(paths.get(p.line()), fields)).toList();
		assertThat(mapped).contains("personas[1].archetype", "metrics[0].start");
		assertThat(ScenarioDraft.fieldOf("personas[1].bio.fr", fields)).isNull();
		assertThat(ScenarioDraft.fieldOf("metrics[0].label", fields)).isEqualTo("metrics[0]");
		assertThat(ScenarioDraft.linePaths("a: [")).isEmpty();
	}

	@Test
	void a_condition_typed_in_a_field_must_be_a_mapping() {
		assertThat(ScenarioDraft.parseFlow(" ")).isNull();
		assertThat(ScenarioDraft.flow(ScenarioDraft.parseFlow("{ flag: apologised }")))
			.isEqualTo("{ flag: apologised }");
		assertThatThrownBy(() -> ScenarioDraft.parseFlow("[a, b]")).isInstanceOf(AuthoringException.class);
		assertThatThrownBy(() -> ScenarioDraft.parseFlow("{ flag: ")).isInstanceOf(AuthoringException.class);
	}

}
