package org.dyad.nlp.resolve;

import java.io.IOException;
import org.dyad.core.store.AnnotationStore;

/** The resolver a workspace uses: Dyad's dictionaries with the workspace's aliases first. */
public final class WorkspaceResolver {

  private WorkspaceResolver() {}

  public static DictionaryActorResolver of(AnnotationStore annotations, OfficeLookup offices) throws IOException {
    ActorDictionaries dictionaries = ActorDictionaries.defaults().with(AliasDictionary.of(annotations.aliases()));
    return new DictionaryActorResolver(dictionaries, offices);
  }
}
