package org.jgsw.portal.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgsw.search.api.DocumentStatus;
import org.junit.jupiter.api.Test;

/** Which writes tell the courses citing a document: a repeal, a new replacement — not every edit. */
class DocumentsSupersededTest {

  @Test
  void repealingADocumentSupersedesIt() {
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.CURRENT, null, DocumentStatus.REPEALED, null)).isTrue();
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.UPCOMING, null, DocumentStatus.REPEALED, null)).isTrue();
  }

  @Test
  void namingANewReplacementSupersedesEvenWhileTheOldIsStillInForce() {
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.CURRENT, null, DocumentStatus.CURRENT, 42L)).isTrue();
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.REPEALED, 41L, DocumentStatus.REPEALED, 42L)).isTrue();
  }

  @Test
  void editingAnAlreadyRepealedOrReplacedDocumentDoesNotNotifyAgain() {
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.REPEALED, 42L, DocumentStatus.REPEALED, 42L)).isFalse();
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.REPEALED, null, DocumentStatus.REPEALED, null)).isFalse();
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.CURRENT, null, DocumentStatus.CURRENT, null)).isFalse();
    assertThat(DocumentsSuperseded.supersedes(DocumentStatus.REPEALED, 42L, DocumentStatus.CURRENT, null)).isFalse();
  }
}
