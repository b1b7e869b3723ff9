package fr.cmacademy.account;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.shared.Roles;

/**
 * Learners' accounts as trainers and admins look them up (a learner record). Only
 * accounts holding the learner role are found: staff accounts are not learners' records.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class LearnerDirectory {

	private final UserRepository users;

	LearnerDirectory(UserRepository users) {
		this.users = users;
	}

	public Optional<UserAccount> learner(long userId) {
		return users.findById(userId).map(UserRepository.StoredUser::account).filter(a -> a.hasRole(Roles.LEARNER));
	}

}
