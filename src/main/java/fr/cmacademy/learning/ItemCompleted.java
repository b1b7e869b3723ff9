package fr.cmacademy.learning;

/**
 * A learner's item (lesson, quiz, scenario or assignment) became done for the first time
 * or again. Published in the transaction that records it.
 */
public record ItemCompleted(long userId, String itemId) {
}
