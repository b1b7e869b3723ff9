/**
 * Accounts and sign-in: users and their roles, registration, profiles, password rules,
 * login throttling and the Spring Security configuration. Other features ask this package
 * who the user is; they never read the user tables.
 */
@NullMarked
package fr.cmacademy.account;

import org.jspecify.annotations.NullMarked;
