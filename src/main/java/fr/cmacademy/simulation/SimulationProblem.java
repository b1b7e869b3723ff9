package fr.cmacademy.simulation;

/** A problem in a scenario file: its 1-based line and what to fix. */
public record SimulationProblem(int line, String message) {

	@Override
	public String toString() {
		return line + ": " + message;
	}

}
