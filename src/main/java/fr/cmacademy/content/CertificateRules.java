package fr.cmacademy.content;

import java.util.List;

import fr.cmacademy.shared.Text;

/**
 * The {@code certificate:} block of a programme: what a learner must achieve to be
 * certified, and what the certificate says.
 *
 * @param moduleIds modules that must be completed (all of the programme's when the block
 * lists none)
 * @param minQuizPercent lowest grade accepted on every quiz of those modules
 * @param minScenarioPercent lowest score accepted on every scenario of those modules
 * @param validityMonths how long a certificate stays valid after it is issued
 */
public record CertificateRules(String programmeId, Text title, Text description, List<String> moduleIds,
		int minQuizPercent, int minScenarioPercent, int validityMonths, List<Text> skills) {
}
