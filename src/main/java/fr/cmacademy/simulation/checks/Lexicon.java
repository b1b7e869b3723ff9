package fr.cmacademy.simulation.checks;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.cmacademy.simulation.model.Checks.Cue;

/**
 * The built-in French and English word lists. Entries are written naturally (accents,
 * typographic apostrophes) and folded when compiled; a trailing {@code *} matches any
 * ending. Cues, insults and blame are looked for in the reply's language only (an English
 * slur can be an ordinary French word); sarcasm markers and tone words in both.
 */
final class Lexicon {

	private Lexicon() {
	}

	private static final Map<Cue, List<String>> FR = new EnumMap<>(Cue.class);

	private static final Map<Cue, List<String>> EN = new EnumMap<>(Cue.class);

	static {
		FR.put(Cue.ACKNOWLEDGE,
				List.of("je comprends", "nous comprenons", "on comprend", "je vous comprends", "nous vous comprenons",
						"vous avez raison", "vous avez tout à fait raison", "c’est légitime", "est légitime",
						"nous entendons", "je vous entends", "nous avons bien reçu", "bien reçu",
						"nous avons bien noté", "c’est noté", "je vois que", "nous voyons que",
						"merci de nous avoir signalé", "merci de nous le signaler", "merci pour votre retour",
						"votre retour", "votre message", "votre frustration", "votre agacement", "votre mécontentement",
						"votre déception", "votre colère", "compréhensible", "nous prenons note", "nous reconnaissons",
						"je reconnais", "n’est pas acceptable", "est inacceptable", "n’est pas normal"));
		EN.put(Cue.ACKNOWLEDGE,
				List.of("i understand", "we understand", "i get it", "we get it", "you’re right", "you are right",
						"you’re absolutely right", "we hear you", "i hear you", "fair point", "thanks for flagging",
						"thanks for letting us know", "thank you for letting us know", "we’ve received",
						"we have received", "we’ve noted", "we have noted", "noted", "i see that", "we see that",
						"your frustration", "your feedback", "your message", "understandable", "that’s not okay",
						"that’s not ok", "isn’t acceptable", "is not acceptable", "not acceptable", "we acknowledge",
						"i acknowledge"));
		FR.put(Cue.APOLOGISE, List.of("désolé*", "navré*", "pardon", "excuse*", "je m’excuse", "nous nous excusons",
				"toutes nos excuses", "nos excuses", "nous regrettons", "je regrette", "regrett*"));
		EN.put(Cue.APOLOGISE,
				List.of("sorry", "apologi*", "our apologies", "we regret", "i regret", "regret*", "my bad", "pardon"));
		FR.put(Cue.NEXT_STEP, List.of("nous allons", "je vais", "on va", "nous revenons vers vous",
				"je reviens vers vous", "nous reviendrons", "en message privé", "en privé", "en mp", "par mp",
				"message privé", "messages privés", "envoyez-nous", "écrivez-nous", "contactez-nous",
				"pouvez-vous nous", "pourriez-vous nous", "numéro de commande", "service client", "notre équipe",
				"je transmets", "nous transmettons", "nous vérifions", "nous regardons", "je m’en occupe",
				"nous nous en occupons", "d’ici", "sous 24", "sous 48", "dans la journée", "aujourd’hui", "demain",
				"dès que", "nous vous tiendrons informé*", "je vous tiens informé*", "nous vous tenons informé*"));
		EN.put(Cue.NEXT_STEP,
				List.of("we will", "we’ll", "i will", "i’ll", "we are going to", "we’re going to", "we’re looking into",
						"we are looking into", "looking into", "get back to you", "send us", "dm us", "message us",
						"direct message", "private message", "in private", "order number", "customer service",
						"support team", "our team", "passed this on", "we’ve escalated", "we have escalated",
						"we’re checking", "we are checking", "follow up", "within 24", "within 48", "by tomorrow",
						"today", "as soon as", "keep you posted", "keep you updated", "reach out", "contact us"));
		FR.put(Cue.THANKS, List.of("merci*", "remerci*", "reconnaissant*"));
		EN.put(Cue.THANKS, List.of("thank*", "thanks", "thx", "grateful", "appreciate*"));
		FR.put(Cue.GREETING, List.of("bonjour", "bonsoir", "salut", "hello", "coucou", "cher client", "chère cliente",
				"chers clients", "chères clientes", "chère madame", "cher monsieur", "hey"));
		EN.put(Cue.GREETING,
				List.of("hi", "hello", "hey", "good morning", "good afternoon", "good evening", "dear", "greetings"));
		FR.put(Cue.CALL_TO_ACTION,
				List.of("découvrez", "découvrir", "rendez-vous", "inscrivez-vous", "inscri*", "réservez", "réserve*",
						"commandez", "cliquez", "lien en bio", "lien dans la bio", "participez", "partagez",
						"dites-nous", "téléchargez", "rejoignez", "rejoins", "essayez", "profitez", "abonnez-vous",
						"en savoir plus", "visitez", "venez", "tentez", "commentez", "taguez", "identifiez", "postulez",
						"écrivez-nous", "contactez-nous"));
		EN.put(Cue.CALL_TO_ACTION,
				List.of("discover", "sign up", "register", "book", "order now", "order yours", "shop", "click", "tap",
						"link in bio", "join", "share", "tell us", "download", "try", "learn more", "find out", "visit",
						"subscribe", "follow", "check out", "get yours", "comment", "tag", "apply", "grab",
						"don’t miss", "come", "contact us"));
		FR.put(Cue.EMPATHY, List.of("je comprends", "nous comprenons", "je vous comprends", "frustrant*", "agaçant*",
				"énervant*", "inquiét*", "j’imagine", "nous imaginons", "on imagine", "à votre place", "c’est normal",
				"pénible*", "décevant*", "déception", "désagréable*", "votre frustration", "votre agacement",
				"votre déception", "votre inquiétude", "compréhensible", "légitime", "de tout cœur", "sincèrement"));
		EN.put(Cue.EMPATHY,
				List.of("i understand", "we understand", "frustrating", "annoying", "upsetting", "i can imagine",
						"we can imagine", "i imagine", "must be", "in your shoes", "disappointing", "understandably",
						"understandable", "your frustration", "your disappointment", "your concern", "that’s not ok",
						"that must", "sorry to hear", "we know how"));
	}

	/** French insults, with the English swear words French speakers use as they are. */
	private static final List<String> INSULT_FR = List.of("idiot*", "imbécile*", "crétin*", "abruti*", "con", "conne",
			"cons", "connard*", "connasse*", "débile*", "stupide*", "bouffon*", "guignol*", "minable*", "enfoiré*",
			"ta gueule", "ferme-la", "fermez-la", "pauvre type", "tocard*", "nullos", "merde*", "putain", "salaud*",
			"salope*", "dégage", "casse-toi", "ducon", "clown", "clowns", "fuck*", "wtf", "bullshit", "loser",
			"losers");

	/**
	 * English insults. Kept apart from the French list because some are ordinary French
	 * words ("retard" is a delay).
	 */
	private static final List<String> INSULT_EN = List.of("idiot*", "stupid*", "moron*", "dumb", "dumbass", "loser",
			"losers", "shut up", "pathetic", "ass", "asshole*", "jerk", "jerks", "fool", "fools", "foolish",
			"imbecile*", "crap", "crappy", "shit", "shitty", "bullshit", "damn", "screw you", "get lost", "retarded",
			"twat*", "bitch*", "dickhead*", "fuck*", "wtf", "clown", "clowns");

	private static final List<String> BLAME_FR = List.of("c’est votre faute", "c’est de votre faute", "votre faute",
			"vous auriez dû", "vous auriez du", "vous n’aviez qu’à", "il fallait", "il suffisait de",
			"vous n’avez pas lu", "si vous aviez lu", "lisez les conditions", "comme clairement indiqué",
			"ce n’est pas notre faute", "pas de notre faute", "pas notre faute", "pas notre problème",
			"vous vous êtes trompé*", "vous auriez pu", "à cause de vous", "vous êtes responsable*");

	private static final List<String> BLAME_EN = List.of("your fault", "you should have", "you should’ve",
			"you shouldn’t have", "you could have", "not our fault", "not our problem", "if you had read",
			"if you’d read", "as clearly stated", "you failed to", "read the terms", "user error", "because of you",
			"you’re responsible", "you are responsible", "you didn’t read");

	static final List<String> SARCASM = List.of("bravo", "félicitations", "quelle surprise", "sans blague",
			"c’est ça oui", "bien joué", "lol", "mdr", "ptdr", "/s", "🙄", "😏", "🙃", "😒", "ah ah", "haha*", "hihi",
			"yeah right", "sure thing", "good luck with that", "congrats", "congratulations", "oh great", "nice try",
			"well done", "whatever");

	static final List<String> POSITIVE = List.of("merci*", "ravi*", "heureu*", "plaisir", "bienvenue", "excellent*",
			"super", "génial*", "formidable*", "content*", "bonne journée", "belle journée", "n’hésitez pas", "désolé*",
			"comprends", "comprenons", "sincère*", "volontiers", "chaleureu*", "thank*", "glad", "happy", "pleased",
			"delighted", "welcome", "great", "wonderful", "love", "appreciate*", "sorry", "understand", "kind",
			"kindly", "have a nice day", "feel free", "gladly");

	static final List<String> NEGATIVE = List.of("nul", "nulle", "honte*", "honteu*", "scandale*", "scandaleu*",
			"ridicule*", "inadmissible", "lamentable*", "pathétique*", "mensonge*", "menteur*", "arnaque*", "escroc*",
			"voleur*", "dégoût*", "furieu*", "pire", "horrible*", "jamais plus", "n’importe quoi", "tant pis",
			"débrouillez-vous", "aucune idée", "terrible", "awful", "horrible", "disgusting", "shame*", "ridiculous",
			"scam*", "liar*", "lies", "thief", "thieves", "worst", "hate*", "angry", "furious", "nonsense",
			"tough luck", "no idea");

	/** Common acronyms that are not shouting. */
	static final List<String> ACRONYMS = List.of("SAV", "FAQ", "CGV", "CGU", "RGPD", "GDPR", "CNIL", "ASAP", "SMS",
			"URL", "DM", "MP", "OK", "PDF", "TVA", "VAT", "SNCF", "RATP", "EDF", "USA", "UK", "EU", "UE", "ID", "PIN",
			"CEO", "CM", "RH", "HR", "PR", "TV", "NB", "PS", "UPS", "DHL", "DPD", "GLS", "SEO", "API", "QR", "HTML",
			"IBAN", "RIB", "FAQS", "LGBT", "LGBTQ", "ONG", "NGO", "PME", "SME", "CNC", "INSEE", "DGCCRF", "UFC", "BFM",
			"AFP", "SNS", "WIFI", "USB");

	static List<String> cue(Cue cue, Locale language) {
		return ("fr".equals(language.getLanguage()) ? FR : EN).get(cue);
	}

	static List<String> insults(Locale language) {
		return "fr".equals(language.getLanguage()) ? INSULT_FR : INSULT_EN;
	}

	static List<String> blame(Locale language) {
		return "fr".equals(language.getLanguage()) ? BLAME_FR : BLAME_EN;
	}

}
