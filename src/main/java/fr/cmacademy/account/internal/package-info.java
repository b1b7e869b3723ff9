/**
 * Implementation of the account feature: user storage, the security filter chain,
 * throttling, demo accounts.
 */
@NullMarked
package fr.cmacademy.account.internal;

import org.jspecify.annotations.NullMarked;
