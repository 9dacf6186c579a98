package org.dyad.nlp.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Repairs of how the parser attaches a verb's own clauses and words, where wire copy misleads it:
 * participles after a comma, a reported clause with no "that", the gerund a verb of beginning
 * takes, a particle that follows the object, a phrase before a relative clause. Each recognises one
 * misreading by its shape and
 * rewrites it as the parser reads the unambiguous form of the same sentence.
 */
final class ClauseRepairs extends TreeRepair {

  /** Adverbs that complete a phrasal verb after its object: "handed the boat back", "turned the refugees away". */
  private static final Set<String> PARTICLES = Set.of("BACK", "AWAY", "OUT", "OFF", "DOWN", "OVER");
  /** Verbs of beginning, going on and ending, whose gerund is what begins, goes on or ends. */
  private static final Set<String> ASPECTUAL = Set.of("BEGIN", "START", "CONTINUE", "RESUME", "KEEP", "STOP", "CEASE", "FINISH");
  /** Verbs whose object may be followed by a clause of their own: "told reporters it had withdrawn". */
  private static final Set<String> OBJECT_AND_CLAUSE = Set.of("TELL", "INFORM", "ASSURE", "WARN", "REMIND", "PROMISE",
      "NOTIFY", "ADVISE", "CONVINCE", "PERSUADE", "SHOW", "TEACH", "ASK");
  /** Relations inside a noun phrase, from a word up to the phrase's head ("President Reagan's veto"). */
  private static final Set<String> NOUN_PHRASE_INSIDE = Set.of("compound", "nmod:poss", "flat");

  ClauseRepairs(ParsedSentence parsed, String[] relations, int[] heads) {
    super(parsed, relations, heads);
  }

  void apply() {
    relabelTrailingParticiples();
    reattachTrailingParticiplesReadAsAdjectives();
    relabelUnmarkedReports();
    reattachGerundComplements();
    relabelSeparatedParticles();
    reattachContactRelatives();
    reattachPhrasesBeforeRelatives();
  }

  /**
   * "Myanmar's rulers turned away relief experts, rebuffing United Nations pleas": the parser may hang
   * a present participle after a comma on the verb before it as {@code dep}. With no subject of its
   * own the participle is an adverbial clause of that verb, whose subject does what it says.
   */
  private void relabelTrailingParticiples() {
    for (int participle = 3; participle < heads.length; participle++) {
      int verb = heads[participle];
      if (relations[participle].equals("dep") && word(participle).pos().equals("VBG") && verb != 0 && verb < participle
          && isVerb(verb) && form(participle - 1).equals(",") && childWith(participle, "nsubj") == 0) {
        relations[participle] = "advcl";
      }
    }
  }

  /**
   * "Workers extended their strike, paralysing train services": the parser may read a present
   * participle after a comma as an adjective of the noun after it, or of a word inside that noun's
   * phrase (", overriding President Reagan's veto"), and make that noun a second object of the verb
   * before the comma. The participle is an adverbial clause of that verb, and the noun its
   * object.
   */
  private void reattachTrailingParticiplesReadAsAdjectives() {
    for (int participle = 3; participle + 1 < heads.length; participle++) {
      if (!relations[participle].equals("amod") || !word(participle).pos().equals("VBG") || !form(participle - 1).equals(",")
          || heads[participle] < participle) {
        continue;
      }
      // the adjective may modify a word inside the object's phrase: ", overriding President Reagan's veto"
      int noun = heads[participle];
      for (int steps = 0; steps < 3 && noun > participle && NOUN_PHRASE_INSIDE.contains(relations[noun]); steps++) {
        noun = heads[noun];
      }
      if (noun < participle || !relations[noun].equals("obj")) {
        continue;
      }
      int verb = heads[noun];
      boolean objectBefore = false;
      for (int other = 1; other < participle; other++) {
        objectBefore |= heads[other] == verb && relations[other].equals("obj");
      }
      if (verb != 0 && verb < participle && isVerb(verb) && objectBefore) {
        heads[participle] = verb;
        relations[participle] = "advcl";
        heads[noun] = participle;
        heads[participle - 1] = participle;
      }
    }
  }

  /**
   * "Iran signalled on Tuesday it was ready to make concessions": a clause with its own subject that
   * follows a verb with nothing but words between, no "that" and no punctuation, is what the verb
   * reports ({@code ccomp}), where the parser may read it as a clause set beside ({@code parataxis}).
   */
  private void relabelUnmarkedReports() {
    for (int clause = 3; clause < heads.length; clause++) {
      int verb = heads[clause];
      if (!relations[clause].equals("parataxis") || verb == 0 || verb > clause || !isVerb(verb)
          || childWith(clause, "nsubj") == 0) {
        continue;
      }
      boolean punctuated = false;
      for (int between = verb + 1; between < firstOf(clause); between++) {
        punctuated |= relations[between].equals("punct");
      }
      if (!punctuated) {
        relations[clause] = "ccomp";
      }
    }
  }

  /**
   * "India began pulling back troops", "investigators began examining evidence": the gerund after a
   * verb of beginning or ending is its open complement ({@code xcomp}), which the parser may leave
   * loose ({@code dep}) or read as an adjective of the noun after it, then the verb's object. The
   * noun is then the gerund's object.
   */
  private void reattachGerundComplements() {
    for (int gerund = 2; gerund + 1 < heads.length; gerund++) {
      int verb = gerund - 1;
      while (verb > 1 && relations[verb].equals("advmod") && heads[verb] == gerund) {
        verb--;
      }
      if (!word(gerund).pos().equals("VBG") || !isVerb(verb) || !ASPECTUAL.contains(word(verb).lemma().toUpperCase(Locale.ROOT))) {
        continue;
      }
      int noun = heads[gerund];
      if (relations[gerund].equals("dep") && noun == verb) {
        relations[gerund] = "xcomp";
      } else if (relations[gerund].equals("amod") && noun > gerund && heads[noun] == verb && relations[noun].equals("obj")) {
        heads[gerund] = verb;
        relations[gerund] = "xcomp";
        heads[noun] = gerund;
      }
    }
  }

  /**
   * "North Korea handed the fishing boat back to South Korea": the parser reads a particle that
   * follows the verb's object as an adverb, and hangs the phrase after it on the adverb. The adverb
   * is the verb's particle ({@code compound:prt}), as when it stands before the object ("handed back
   * the boat to South Korea"), and the phrase the verb's.
   */
  private void relabelSeparatedParticles() {
    for (int particle = 3; particle < heads.length; particle++) {
      int verb = heads[particle];
      if (!relations[particle].equals("advmod") || !PARTICLES.contains(form(particle)) || verb == 0 || verb > particle
          || !isVerb(verb) || childWith(verb, "compound:prt") != 0) {
        continue;
      }
      int object = childWith(verb, "obj");
      if (object == 0 || object > particle) {
        continue;
      }
      relations[particle] = "compound:prt";
      for (int phrase = particle + 1; phrase < heads.length; phrase++) {
        if (heads[phrase] == particle && relations[phrase].startsWith("obl")) {
          heads[phrase] = verb;
        }
      }
    }
  }

  /**
   * "The United States lifted the sanctions it imposed on Sudan": a relative clause with no "that"
   * right after the verb's object may be read as a loose clause of the verb ({@code dep}) or as
   * what it reports ({@code ccomp}). A clause whose subject follows the object at once and which
   * has no object of its own, the object being what it is about, is a relative clause on that
   * object.
   */
  private void reattachContactRelatives() {
    for (int clause = 4; clause < heads.length; clause++) {
      int verb = heads[clause];
      int subject = childWith(clause, "nsubj");
      boolean loose = relations[clause].equals("dep") || relations[clause].equals("ccomp");
      if (!loose || verb == 0 || verb > clause || !isVerb(verb) || !isVerb(clause) || subject == 0 || subject > clause
          || OBJECT_AND_CLAUSE.contains(word(verb).lemma().toUpperCase(Locale.ROOT))
          || hasObject(clause) || childWith(clause, "ccomp") != 0 || childWith(clause, "xcomp") != 0) {
        continue;
      }
      int noun = firstOf(subject) - 1;
      // or what the object is a part of: "lifted most of the sanctions it imposed"
      int part = childWith(noun, "case");
      int object = part != 0 && form(part).equals("OF") && (relations[noun].equals("nmod") || relations[noun].equals("obl"))
          ? heads[noun] : noun;
      if (noun > verb && heads[object] == verb && relations[object].equals("obj")) {
        heads[clause] = noun;
        relations[clause] = "acl:relcl";
      }
    }
  }

  /**
   * "Launched a mediation effort between the Emirates and Saudi Arabia, whose ties have been strained":
   * the parser may hang a phrase that stands between a noun and the relative clause on it on the
   * clause's verb. A relative clause begins with its relative word, so a phrase before that word is
   * the noun's.
   */
  private void reattachPhrasesBeforeRelatives() {
    for (int clause = 2; clause < heads.length; clause++) {
      int noun = heads[clause];
      if (!relations[clause].equals("acl:relcl") || noun == 0 || noun > clause) {
        continue;
      }
      int relative = 0;
      for (int token = noun + 1; token < clause && relative == 0; token++) {
        if (word(token).pos().startsWith("W") && dominates(clause, token)) {
          relative = token;
        }
      }
      for (int phrase = noun + 1; relative != 0 && phrase < relative; phrase++) {
        boolean prepositional = relations[phrase].equals("obl") || relations[phrase].equals("nmod");
        if (heads[phrase] == clause && prepositional && childWith(phrase, "case") != 0) {
          heads[phrase] = noun;
          relations[phrase] = "nmod";
        }
      }
    }
  }
}
