/**
 * The zero-setup database: an embedded MariaDB started before the application context
 * when no datasource is configured.
 */
@NullMarked
package fr.cmacademy.shared.db;

import org.jspecify.annotations.NullMarked;
