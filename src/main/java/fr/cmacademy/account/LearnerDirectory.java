package fr.cmacademy.account;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Learners' accounts as trainers and admins look them up (a learner record). Only
 * accounts holding the learner role are found: staff accounts are not learners' records;
 * a trainer finds only the learners of the cohorts they currently train.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class LearnerDirectory {

	private final UserRepository users;

	private final TrainerScope scope;

	LearnerDirectory(UserRepository users, TrainerScope scope) {
		this.users = users;
		this.scope = scope;
	}

	/** The learner, or empty when unknown, not a learner, or out of the user's scope. */
	public Optional<UserAccount> learner(long userId) {
		if (!scope.currentUserSees(userId)) {
			return Optional.empty();
		}
		return users.findById(userId).map(UserRepository.StoredUser::account).filter(a -> a.hasRole(Roles.LEARNER));
	}

}
