package fr.cmacademy.simulation.model;

/**
 * What a community manager does: the actions of decision options and of the moderation
 * queue. {@link #severity()} orders the moderation actions from lightest to heaviest; the
 * others have none.
 */
public enum ActionType {

	KEEP(0), HIDE(1), WARN(2), DELETE(3), BAN(4), ESCALATE(-1), REPLY(-1), LIKE(-1), DM(-1), STATEMENT(-1), PIN(-1),
	WAIT(-1);

	private final int severity;

	ActionType(int severity) {
		this.severity = severity;
	}

	/** keep &lt; hide &lt; warn &lt; delete &lt; ban; -1 for other actions. */
	public int severity() {
		return severity;
	}

	/** Whether the action publishes a text in the brand's name. */
	public boolean publishes() {
		return this == REPLY || this == DM || this == STATEMENT;
	}

	/** Whether the action needs an event to act on. */
	public boolean needsTarget() {
		return this == REPLY || this == LIKE || this == HIDE || this == DELETE || this == WARN || this == BAN
				|| this == DM || this == PIN;
	}

	/** Simulated minutes that pass when an option does not say. */
	public int defaultAdvance() {
		return switch (this) {
			case REPLY, DM, STATEMENT, ESCALATE -> 5;
			case WAIT -> 10;
			default -> 0;
		};
	}

}
