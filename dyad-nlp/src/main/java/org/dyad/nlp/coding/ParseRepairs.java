package org.dyad.nlp.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Repairs of the parser's commonest misreadings of wire copy, made on a tree's heads and relations
 * (UD v2 labels) before {@link Dependencies} indexes it: each repair recognises one misreading by
 * its shape and rewrites it as the parser reads the unambiguous form of the same sentence.
 */
final class ParseRepairs extends TreeRepair {

  /** Verbs whose object does what their bare infinitive says: "let the Red Cross visit". */
  private static final Set<String> CAUSATIVES = Set.of("LET", "MAKE");
  /** Adjectives whose infinitive is an act announced: "stands ready to extend loans". */
  private static final Set<String> READINESS = Set.of("READY", "PREPARED", "WILLING", "POISED", "DETERMINED", "EAGER");
  /** Verbs that link a subject to an adjective as "be" does: "stands ready", "remains willing". */
  private static final Set<String> LINKING = Set.of("STAND", "REMAIN", "SEEM", "APPEAR", "LOOK", "STAY");
  /** Participles of leading and backing: "Saudi-led", "Iranian-backed" (not "Saudi-owned", "American-made"). */
  private static final Set<String> SPONSORSHIP = Set.of("LED", "BACKED", "SPONSORED", "FUNDED", "ARMED", "TRAINED", "SUPPORTED");
  private static final Set<String> WEEKDAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** Verbs whose clause is what they report or tell, never a relative clause on their object. */
  private static final Set<String> REPORTING = Set.of("SAY", "TELL", "INFORM", "WARN", "ASSURE", "REMIND", "NOTIFY", "PROMISE",
      "ADVISE", "CONVINCE", "PERSUADE", "SHOW", "TEACH", "ASK", "ACCUSE", "BRIEF", "CAUTION", "URGE");

  /** Verbs whose object is to do what their infinitive says: "ordered Uzbekistan to vacate". */
  private static final Set<String> OBJECT_CONTROL = Set.of("ORDER", "URGE", "ASK", "TELL", "PRESS", "INVITE", "ALLOW",
      "FORCE", "PERSUADE", "AUTHORIZE", "AUTHORISE", "ENCOURAGE", "ADVISE", "INSTRUCT", "BEG", "CHALLENGE", "WARN",
      "REQUEST", "COMPEL", "DIRECT", "EXHORT", "IMPLORE", "PETITION", "LOBBY", "REQUIRE", "PERMIT", "OBLIGE");

  /** How the parser may label a reduced relative it reads as a clause of its own. */
  private static final Set<String> REDUCED_RELATIVE_READINGS = Set.of("xcomp", "ccomp", "dep");

  /** Repairs {@code relations} and {@code heads} (indexed by token, 1-based) in place. */
  ParseRepairs(ParsedSentence parsed, String[] relations, int[] heads) {
    super(parsed, relations, heads);
  }

  void apply() {
    new PhraseRepairs(parsed, relations, heads).apply();
    relabelHyphenatedAgents();
    reattachContactRelatives();
    reattachObjectsAfterADay();
    reattachNounsReadAsSubjects();
    reattachSubjectsAfterADay();
    reattachReducedRelatives();
    relabelLooseInfinitives();
    relabelInfinitivesAfterADay();
    new ClauseRepairs(parsed, relations, heads).apply();
    reattachReadinessInfinitives();
    reattachBareInfinitives();
    rerootAfterInitialParticiples();
    new AttributionRepairs(parsed, relations, heads).apply();
  }

  /**
   * "Saudi-led coalition warplanes", "Iranian-backed militias": the parser hangs the word before the
   * hyphen on the participle as {@code dep}. It names who leads or backs, a modifier of the phrase
   * ({@code compound}), where an actor may be found; "a Saudi-owned weekly" and "an American-made
   * film" stay as they are, owned or made being no act on their behalf.
   */
  private void relabelHyphenatedAgents() {
    for (int token = 1; token + 2 < heads.length; token++) {
      int participle = token + 2;
      if (relations[token].equals("dep") && heads[token] == participle && form(token + 1).equals("-")
          && word(participle).pos().equals("VBN") && SPONSORSHIP.contains(form(participle))) {
        relations[token] = "compound";
      }
    }
  }

  /**
   * Wire copy puts the day between a verb and its object ("Beirut rejected Thursday a United Nations
   * appeal", "rejected on Monday a plan"), and the parser then hangs the object on the day as {@code
   * dep}: such a noun is the verb's object when the verb has none.
   */
  private void reattachObjectsAfterADay() {
    for (int token = 1; token < heads.length; token++) {
      int day = heads[token];
      if (!relations[token].equals("dep") || day == 0 || day > token || !word(token).pos().startsWith("NN")
          || !relations[day].endsWith(":tmod") && !(relations[day].equals("obl") && WEEKDAYS.contains(form(day)))) {
        continue;
      }
      int verb = heads[day];
      if (verb != 0 && isVerb(verb) && !hasObject(verb)) {
        heads[token] = verb;
        relations[token] = "obj";
      }
    }
  }

  /**
   * "threatened on Wednesday to shut the strait", "agreed with al-Qaeda to let the facilitators work":
   * the parser may read the noun after the preposition as the subject of the infinitive, with the
   * preposition as its marker. The noun is the governing verb's (or readiness adjective's: "ready on
   * Monday to open") time or partner, and the infinitive its open complement.
   */
  private void reattachNounsReadAsSubjects() {
    for (int noun = 2; noun < heads.length; noun++) {
      int clause = heads[noun];
      if (!relations[noun].equals("nsubj") || clause == 0 || clause < noun) {
        continue;
      }
      int preposition = firstOf(noun) - 1;
      boolean marker = preposition >= 1 && heads[preposition] == clause && relations[preposition].equals("mark")
          && (form(preposition).equals("ON") && WEEKDAYS.contains(form(noun)) || form(preposition).equals("WITH"));
      boolean infinitive = false;
      for (int other = noun + 1; other < clause; other++) {
        infinitive |= heads[other] == clause && relations[other].equals("mark") && form(other).equals("TO");
      }
      int governor = heads[clause];
      if (!marker || !infinitive || governor == 0 || !isVerb(governor) && !READINESS.contains(form(governor))) {
        continue;
      }
      heads[noun] = governor;
      relations[noun] = "obl";
      heads[preposition] = noun;
      relations[preposition] = "case";
      relations[clause] = "xcomp";
    }
  }

  /**
   * "Putin said on Monday Moscow would share intelligence", "said on Saturday Islamabad would not
   * hesitate": without "that", the parser may read the day
   * as a modifier of the reported clause's subject ("on Monday Moscow") and hang the clause's verb
   * on the reporting verb as {@code dep}. The noun is the subject of the clause, the day the
   * reporting verb's time, and the clause what it reports ({@code ccomp}).
   */
  private void reattachSubjectsAfterADay() {
    for (int day = 2; day + 2 < heads.length; day++) {
      int subject = day + 1;
      int reporting = heads[subject];
      if (!WEEKDAYS.contains(form(day)) || heads[day] != subject || !form(day - 1).equals("ON") || reporting == 0
          || reporting > day || !isVerb(reporting) || !relations[subject].startsWith("obl")) {
        continue;
      }
      // the clause's verb comes after its auxiliaries and adverbs ("would not hesitate")
      int verb = subject + 1;
      while (verb < heads.length && heads[verb] > verb && (relations[verb].startsWith("aux") || relations[verb].equals("advmod"))) {
        verb++;
      }
      boolean ownWords = true;
      for (int between = subject + 1; between < verb; between++) {
        ownWords &= heads[between] == verb;
      }
      int clause = verb < heads.length && ownWords && heads[verb] == reporting && isVerb(verb)
          && (relations[verb].equals("dep") || relations[verb].equals("parataxis")) && childWith(verb, "nsubj") == 0 ? verb : 0;
      if (clause == 0) {
        continue;
      }
      heads[day] = reporting;
      relations[day] = "obl";
      heads[day - 1] = day;
      relations[day - 1] = "case";
      heads[subject] = clause;
      relations[subject] = "nsubj";
      relations[clause] = "ccomp";
    }
  }

  /**
   * "Russia handed back three naval vessels it had seized from Ukraine": a clause with no object and
   * no "that" whose subject follows the verb's object at once is a relative clause on the
   * object that the parser read as the verb's report ({@code ccomp}) or a clause beside it
   * ({@code parataxis}). Verbs that report or tell keep
   * their clause ("told reporters it had withdrawn").
   */
  private void reattachContactRelatives() {
    for (int clause = 3; clause < heads.length; clause++) {
      int verb = heads[clause];
      boolean report = relations[clause].equals("ccomp") || relations[clause].equals("parataxis");
      if (!report || verb == 0 || !isVerb(verb) || !isVerb(clause) || REPORTING.contains(word(verb).lemma().toUpperCase(Locale.ROOT))
          || childWith(clause, "nsubj") == 0 || hasObject(clause) || hasAnyMark(clause)) {
        continue;
      }
      int object = childWith(verb, "obj");
      // the clause's subject follows the object at once ("vessels it had seized")
      int subject = childWith(clause, "nsubj");
      if (object != 0 && object < clause && firstOf(subject) == lastOf(object) + 1 && subject < clause
          && word(object).pos().startsWith("NN")) {
        heads[clause] = object;
        relations[clause] = "acl:relcl";
      }
    }
  }

  /** The highest token of {@code top}'s subtree. */
  private int lastOf(int top) {
    int last = top;
    for (int other = top + 1; other < heads.length; other++) {
      if (dominates(top, other)) {
        last = other;
      }
    }
    return last;
  }

  /**
   * "would free 45 Lebanese detainees held without trial", "raped Muslim women held in detention camps":
   * the parser may read the participle as a clause ({@code xcomp}, {@code ccomp} or {@code dep}) whose
   * subject is the noun phrase ending just before it. A past participle with no auxiliary and no object
   * of its own is passive: the noun is what it acts on. The noun is the governing verb's object when
   * that verb comes first and has none, and the participle describes the noun; otherwise the noun is
   * the participle's passive subject ("troops massed along the border", "photographs broadcast on
   * Wednesday showed").
   */
  private void reattachReducedRelatives() {
    for (int participle = 2; participle < heads.length; participle++) {
      int noun = childWith(participle, "nsubj");
      if (!REDUCED_RELATIVE_READINGS.contains(relations[participle]) || !word(participle).pos().equals("VBN") || noun == 0
          || !word(noun).pos().startsWith("NN") || noun > participle || !endsJustBefore(noun, participle)
          || hasObject(participle) || childWith(participle, "aux") != 0 || childWith(participle, "aux:pass") != 0) {
        continue;
      }
      int verb = heads[participle];
      if (verb != 0 && isVerb(verb) && verb < noun && !hasObject(verb)) {
        heads[noun] = verb;
        relations[noun] = "obj";
        heads[participle] = noun;
        relations[participle] = "acl";
      } else {
        relations[noun] = "nsubj:pass";
      }
    }
  }

  /**
   * "Stands ready to give aid": the parser may leave the infinitive as {@code dep} of the adjective,
   * which it completes ({@code xcomp}).
   */
  private void relabelLooseInfinitives() {
    for (int token = 2; token < heads.length; token++) {
      int head = heads[token];
      if (relations[token].equals("dep") && head != 0 && word(token).pos().equals("VB")
          && word(head).pos().startsWith("JJ") && hasMark(token, "TO")) {
        relations[token] = "xcomp";
      }
    }
  }

  /**
   * "Ordered the United States on Friday to vacate its air base": with a day between the object and
   * the infinitive, the parser may read the infinitive as a purpose ({@code advcl}); after a verb whose
   * object is to do what the infinitive says, it completes the verb ({@code xcomp}), as it does without
   * the day.
   */
  private void relabelInfinitivesAfterADay() {
    for (int token = 4; token < heads.length; token++) {
      int verb = heads[token];
      boolean dayBefore = WEEKDAYS.contains(form(token - 2)) && form(token - 1).equals("TO")
          || WEEKDAYS.contains(form(token - 3)) && form(token - 2).equals(",") && form(token - 1).equals("TO");
      if (dayBefore && relations[token].equals("advcl") && word(token).pos().equals("VB") && hasMark(token, "TO")
          && childWith(token, "nsubj") == 0 && verb != 0 && hasObject(verb)
          && OBJECT_CONTROL.contains(word(verb).lemma().toUpperCase(Locale.ROOT))) {
        relations[token] = "xcomp";
      }
    }
  }

  /**
   * "Japan stands ready to extend fresh loans to Indonesia, the minister said": the parser may hang
   * the adjective and its infinitive apart, on the reporting verb. The infinitive completes the
   * adjective ({@code xcomp}), and the adjective the linking verb just before it.
   */
  private void reattachReadinessInfinitives() {
    for (int adjective = 2; adjective + 2 < heads.length; adjective++) {
      int verb = adjective + 2;
      if (!READINESS.contains(form(adjective)) || !form(adjective + 1).equals("TO") || !word(verb).pos().equals("VB")
          || heads[verb] == adjective) {
        continue;
      }
      int[] before = heads.clone();
      String[] relationsBefore = relations.clone();
      int linking = adjective - 1;
      if (heads[adjective] > adjective && isVerb(linking) && LINKING.contains(word(linking).lemma().toUpperCase(Locale.ROOT))) {
        heads[adjective] = linking;
        relations[adjective] = "xcomp";
      }
      heads[verb] = adjective;
      relations[verb] = "xcomp";
      heads[adjective + 1] = verb;
      relations[adjective + 1] = "mark";
      if (hasCycle()) {
        System.arraycopy(before, 0, heads, 0, heads.length);
        System.arraycopy(relationsBefore, 0, relations, 0, relations.length);
      }
    }
  }

  /**
   * "Let the Red Cross visit the prisoners": the parser reads the bare infinitive as a reported clause
   * with its own subject. The noun is what the causative verb acts on, its object, and the infinitive
   * the verb's open complement, as "allowed the Red Cross to visit" is parsed. The tagger may read a
   * plural subject's infinitive as a present tense ("let U.S. troops use"), which is the same form.
   */
  private void reattachBareInfinitives() {
    for (int clause = 2; clause < heads.length; clause++) {
      int verb = heads[clause];
      if (!relations[clause].equals("ccomp") || verb == 0 || !CAUSATIVES.contains(word(verb).lemma().toUpperCase(Locale.ROOT))
          || !Set.of("VB", "VBP").contains(word(clause).pos()) || hasAnyMark(clause) || hasObject(verb)) {
        continue;
      }
      for (int subject = 1; subject < clause; subject++) {
        if (heads[subject] == clause && relations[subject].equals("nsubj")) {
          heads[subject] = verb;
          relations[subject] = "obj";
          relations[clause] = "xcomp";
          break;
        }
      }
    }
  }

  /**
   * "Gunmen dressed in police uniforms abducted five Britons": the parser may make the participle the
   * root, or the clause a reporting verb governs ("troops commanded by Mladic massacred…, investigators
   * said"), and hang the finite verb after it as {@code dep}, or as a participle of a noun in its phrase
   * when that verb has an object ("a bomb planted by Taliban insurgents killed six soldiers", where
   * "insurgents killed six soldiers" is read as a noun and its participle). The finite verb is the clause's, with the
   * participle's subject, and the participle describes that subject.
   */
  private void rerootAfterInitialParticiples() {
    for (int participle = 2; participle < heads.length; participle++) {
      // a reduced relative: a past participle with no auxiliary and no object of its own
      if (!word(participle).pos().equals("VBN") || childWith(participle, "aux") != 0
          || childWith(participle, "aux:pass") != 0 || hasObject(participle)) {
        continue;
      }
      // the subject may already be read as the participle's passive one ("militiamen armed with machetes")
      int subject = childWith(participle, "nsubj");
      subject = subject != 0 ? subject : childWith(participle, "nsubj:pass");
      int finite = 0;
      for (int other = participle + 1; other < heads.length && finite == 0; other++) {
        String otherPos = word(other).pos();
        boolean finiteVerb = otherPos.equals("VBD") || otherPos.equals("VBZ") || otherPos.equals("VBP");
        // a past participle too, when the participle heads the sentence ("a bomb planted by … ripped through")
        boolean loose = heads[other] == participle && relations[other].equals("dep")
            && (finiteVerb || otherPos.equals("VBN") && heads[participle] == 0);
        // "a bomb planted by Taliban insurgents killed six soldiers": read as a participle of the agent's,
        // but a passive participle takes no object
        boolean onTheAgent = relations[other].equals("acl") && (finiteVerb || otherPos.equals("VBN"))
            && dominates(participle, heads[other]) && hasObject(other) && childWith(other, "aux") == 0;
        if ((loose || onTheAgent) && childWith(other, "nsubj") == 0) {
          finite = other;
        }
      }
      if (subject == 0 || subject > participle || finite == 0) {
        continue;
      }
      int object = childWith(finite, "obj");
      for (int conjunct = finite + 1; object != 0 && conjunct < heads.length; conjunct++) {
        // "… killed six soldiers and their interpreter": a conjunct after the object hung on the agent is the object's
        if (relations[conjunct].equals("conj") && heads[conjunct] < finite && dominates(participle, heads[conjunct])) {
          heads[conjunct] = object;
        }
      }
      heads[finite] = heads[participle];
      relations[finite] = relations[participle];
      heads[subject] = finite;
      relations[subject] = "nsubj";
      heads[participle] = subject;
      relations[participle] = "acl";
      return;
    }
  }
}
