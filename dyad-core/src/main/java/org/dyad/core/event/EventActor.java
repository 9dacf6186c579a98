package org.dyad.core.event;

import java.util.Objects;

/**
 * The source or target of an event: the actor's code and the words of the sentence that name it.
 *
 * @param code the CAMEO actor code ({@code USAGOV}, {@code IMGMUSALQ})
 * @param name the actor's name ({@code "United States"})
 * @param text the words as written ({@code "three al-Qaeda leaders"})
 * @param start UTF-16 offset of {@code text} in the document (or {@code dyad code} input) text
 * @param end offset just past {@code text}
 * @param person the individual acting for the actor, when known, else null
 */
public record EventActor(String code, String name, String text, int start, int end, String person) {

  public EventActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (code.isBlank()) {
      throw new IllegalArgumentException("an event actor needs a code");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid actor span [" + start + ", " + end + ")");
    }
  }

  /** The first three characters of the code: the state, IGO or group the actor belongs to. */
  public String root() {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }
}
