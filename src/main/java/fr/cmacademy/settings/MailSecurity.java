package fr.cmacademy.settings;

/** How the connection to the SMTP server is protected. */
public enum MailSecurity {

	/** Plain SMTP (a relay on the same machine or network). */
	NONE,

	/** Plain connection upgraded with STARTTLS, which is then required (port 587). */
	STARTTLS,

	/** TLS from the first byte (SMTPS, port 465). */
	TLS

}
