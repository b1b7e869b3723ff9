package fr.cmacademy.authoring;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.shared.Roles;

/**
 * The question forms of a draft bank: read from its GIFT files, checked question by
 * question and written back to both files at once, only when every question is right.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class BankFormService {

	private final AuthoringService authoring;

	BankFormService(AuthoringService authoring) {
		this.authoring = authoring;
	}

	/** The bank as forms; throws when the module or the bank does not exist. */
	@Transactional(readOnly = true)
	public BankForm load(String moduleId, String bank) {
		String fr = authoring.text(moduleId, path(bank, "fr"))
			.orElseThrow(() -> new AuthoringException("authoring.error.bank-unknown", bank));
		String en = authoring.text(moduleId, path(bank, "en")).orElse("");
		return BankForm.read(bank, fr, en);
	}

	/**
	 * Writes the questions to the bank's French and English files. Nothing is written if
	 * any question has a problem (returned by question index), or if the bank's files
	 * cannot be read as forms (someone must fix them in the text view first).
	 */
	@Transactional
	public Map<Integer, List<FieldProblem>> save(String moduleId, String bank, List<BankQuestion> questions) {
		if (!load(moduleId, bank).problems().isEmpty()) {
			throw new AuthoringException("authoring.qform.error.bank-broken", bank);
		}
		Map<Integer, List<FieldProblem>> problems = BankForm.check(questions);
		if (!problems.isEmpty()) {
			return problems;
		}
		BankForm.Files files = BankForm.write(questions, moduleId + "/" + bank);
		authoring.saveText(moduleId, path(bank, "fr"), files.fr());
		authoring.saveText(moduleId, path(bank, "en"), files.en());
		return problems;
	}

	private static String path(String bank, String language) {
		return "banks/" + bank + "." + language + ".gift";
	}

}
