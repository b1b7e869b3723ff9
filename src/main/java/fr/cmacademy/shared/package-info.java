/**
 * Cross-cutting pieces every feature may use: the application shell ({@code MainLayout}),
 * small reusable UI components, internationalisation and the embedded database used when
 * no datasource is configured. Nothing here depends on a feature package.
 */
@NullMarked
package fr.cmacademy.shared;

import org.jspecify.annotations.NullMarked;
