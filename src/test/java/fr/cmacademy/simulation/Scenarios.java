package fr.cmacademy.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads scenario files for tests: the shipped ones and the fixtures. */
final class Scenarios {

	static final Path CRISIS = Path
		.of("content/programmes/cm-certification/04-trolls-and-crises/scenarios/01-delivery-crisis/scenario.yaml");

	static final Path FIXTURES = Path.of("src/test/resources/simulation");

	private Scenarios() {
	}

	static ScenarioReadResult read(Path file) {
		try {
			Path assets = file.resolveSibling("assets");
			Set<String> names = Set.of();
			if (Files.isDirectory(assets)) {
				try (Stream<Path> files = Files.list(assets)) {
					names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
				}
			}
			return ScenarioReader.read(Files.readString(file), names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A scenario that must read without problems. */
	static Scenario load(Path file) {
		ScenarioReadResult result = read(file);
		assertThat(result.problems()).as(file.toString()).isEmpty();
		return result.scenario();
	}

	static Scenario crisis() {
		return load(CRISIS);
	}

	static Scenario fixture(String name) {
		return load(FIXTURES.resolve(name));
	}

}
