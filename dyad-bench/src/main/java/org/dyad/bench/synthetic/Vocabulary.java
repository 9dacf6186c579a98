package org.dyad.bench.synthetic;

import java.util.List;

/** Ordinary English words of news prose, roughly most frequent first, for synthetic text. */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> WORDS = List.of((
      "the of and to in a that for on was with said is by as at from his it he has have were be had "
      + "are not but its an they their this which who been after would will more also about than over "
      + "there into other two people new government officials last year first security minister some "
      + "president country military forces time one against told since three week could while under "
      + "between during border talks statement agreement state police attack region city capital report "
      + "foreign ministry leaders group groups members province war peace aid support million days month "
      + "months years officials local public political economic international national meeting meetings "
      + "spokesman according sources news agency television radio press conference interview speech "
      + "council parliament election elections vote party parties opposition protest protests crowd "
      + "killed wounded soldiers troops fighters militants bomb bombing explosion car road convoy "
      + "checkpoint village villages town district valley mountains north south east west eastern "
      + "western northern southern central near across along around outside inside without within "
      + "before still later earlier early late long short high low large small major minor senior "
      + "former current future past recent several many few most least much little between among "
      + "demanded denied confirmed announced reported warned urged called asked offered refused rejected "
      + "accepted agreed signed visited arrived left returned met discussed planned prepared launched "
      + "continued ended began started stopped allowed blocked opened closed moved sent received "
      + "money funds oil gas trade sanctions nuclear programme weapons missiles rockets drones aircraft "
      + "ship ships port airport prison prisoners detainees hostages refugees camps families children "
      + "women men workers students teachers doctors hospital school schools university mosque church "
      + "court judge trial law laws rights justice crime corruption investigation evidence documents "
      + "letters letter network networks cell cells leader commander chief head deputy adviser envoy "
      + "ambassador embassy consulate diplomats diplomatic relations ties cooperation conflict crisis "
      + "tension tensions pressure threat threats risk concern concerns hope plans plan policy strategy "
      + "operation operations campaign mission effort efforts role part side sides position positions "
      + "water food fuel power electricity prices market markets bank banks budget tax taxes debt loan "
      + "growth jobs unemployment poverty development reconstruction infrastructure roads bridges "
      + "weather winter summer spring autumn night morning evening afternoon today yesterday tomorrow "
      + "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
      + "july august september october november december").split(" "));
}
