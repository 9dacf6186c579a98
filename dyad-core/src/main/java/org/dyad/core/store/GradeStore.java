package org.dyad.core.store;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * The Admiralty grades an analyst gives outlets and documents. A document's grade, when it has one,
 * overrides its outlet's: an interview memo graded B2 in a collection graded C3 counts as B2.
 */
public interface GradeStore {

  /** Grades every document of {@code outlet} that has no grade of its own; false when no document has that outlet. */
  boolean gradeOutlet(String outlet, AdmiraltyGrade grade) throws IOException;

  /** Grades one document; false when there is no such document. */
  boolean gradeDocument(String documentId, AdmiraltyGrade grade) throws IOException;

  /** The graded outlets and their grades, by outlet name. */
  Map<String, AdmiraltyGrade> outletGrades() throws IOException;

  /** The document's own grade, else its outlet's, else empty. */
  Optional<AdmiraltyGrade> effectiveGrade(String documentId) throws IOException;
}
