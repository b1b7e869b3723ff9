package fr.cmacademy.simulation.model;

/**
 * Social platforms, with the post length limit each one enforces (used when a writing
 * target does not set its own {@code max_length}).
 */
public enum Platform {

	INSTAGRAM(2200), FACEBOOK(63206), X(280), LINKEDIN(3000), TIKTOK(2200), FORUM(10000), DISCORD(2000);

	private final int maxLength;

	Platform(int maxLength) {
		this.maxLength = maxLength;
	}

	public int maxLength() {
		return maxLength;
	}

}
