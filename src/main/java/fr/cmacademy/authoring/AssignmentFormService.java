package fr.cmacademy.authoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.authoring.ModuleSource.ItemRef;
import fr.cmacademy.content.internal.AssignmentFile;
import fr.cmacademy.shared.Roles;

/**
 * The assignment form of a draft module: reads an item's assignment.yaml and writes it
 * back once the form's checks and the content format's own reader find nothing wrong.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class AssignmentFormService {

	private final AuthoringService authoring;

	AssignmentFormService(AuthoringService authoring) {
		this.authoring = authoring;
	}

	/**
	 * The assignment of folder {@code folder}; throws when the module has no such item.
	 */
	@Transactional(readOnly = true)
	public AssignmentSource load(String moduleId, String folder) {
		return AssignmentSource.read(authoring.text(moduleId, path(moduleId, folder))
			.orElseThrow(() -> new AuthoringException("authoring.error.item-unknown", folder)));
	}

	/**
	 * Saves the form; nothing is written when a problem is found (the form's, then the
	 * content reader's on the written file, as {@code yaml} problems with their line).
	 * The id stays the one learners' submissions are recorded under.
	 */
	@Transactional
	public List<FieldProblem> save(String moduleId, String folder, AssignmentSource source) {
		AssignmentSource stored = load(moduleId, folder);
		if (!stored.id().equals(source.id())) {
			throw new AuthoringException("authoring.aform.error.id-changed", stored.id());
		}
		List<FieldProblem> problems = new ArrayList<>(source.problems());
		if (!problems.isEmpty()) {
			return problems;
		}
		String yaml = source.write();
		AssignmentFile.parse(yaml,
				(line, message) -> problems.add(FieldProblem.of("yaml", "authoring.aform.error.yaml", line, message)));
		if (problems.isEmpty()) {
			authoring.saveText(moduleId, path(moduleId, folder), yaml);
		}
		return problems;
	}

	private String path(String moduleId, String folder) {
		ItemRef ref = new ItemRef("assignment", folder);
		if (!authoring.moduleSource(moduleId).items().contains(ref)) {
			throw new AuthoringException("authoring.error.item-unknown", folder);
		}
		return ref.path() + "/assignment.yaml";
	}

}
