package org.jgsw.course.application.port;

import java.util.Collection;
import java.util.Map;
import org.jgsw.course.domain.CitedDocument;

/** The library documents lessons cite, as the library knows them now (the portal asks the library). */
public interface CitedDocuments {

  /** The documents of these library ids, by id; ids the library does not know are left out. */
  Map<String, CitedDocument> describe(Collection<String> libraryDocumentIds);
}
