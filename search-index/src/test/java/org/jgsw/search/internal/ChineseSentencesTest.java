package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgsw.search.api.IndexableDocument;
import org.jgsw.search.bench.SearchBenchmark;
import org.jgsw.search.testdata.FixtureLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentence boundaries of {@link ChineseSentences} are the JDK sentence iterator's, on the library's kinds of text. */
class ChineseSentencesTest {

  static Stream<String> texts() {
    List<String> texts = new ArrayList<>();
    for (IndexableDocument d : FixtureLibrary.documents()) {
      texts.add(d.body());
      texts.add(d.summary());
      texts.add(d.title());
    }
    IntStream.range(0, 50).mapToObj(SearchBenchmark::document).forEach(d -> texts.add(d.body()));
    texts.addAll(List.of("", "。", "第一条　为了规范管理，制定本办法。\r\n第二条　本办法适用于省直机关。",
        "他说：“按规定执行。”然后离开！是否可以？可以。", "See GB/T 2887. It applies.\nNext line", "4.2.1 配备标准 3.5 吨",
        "没有结尾的句子", "（一）加强管理；（二）落实责任。\n\n（三）定期检查。"));
    return texts.stream().filter(t -> t != null);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void boundariesAreTheJdkSentenceIteratorsBoundaries(String text) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.CHINESE);
    jdk.setText(text);
    ChineseSentences ours = new ChineseSentences();
    ours.setText(text);
    assertThat(all(ours)).as(text).isEqualTo(all(jdk));
    for (int offset = 0; offset < text.length(); offset++) {
      assertThat(ours.following(offset)).as("following(%d) in %s", offset, text).isEqualTo(jdk.following(offset));
      assertThat(ours.preceding(offset + 1)).as("preceding(%d) in %s", offset + 1, text).isEqualTo(jdk.preceding(offset + 1));
    }
  }

  @Test
  void boundariesCountFromTheIteratorsBeginIndex() {
    ChineseSentences ours = new ChineseSentences();
    ours.setText(new StringCharacterIterator("前文。第一句。第二句。", 3, 11, 3));
    assertThat(all(ours)).containsExactly(3, 7, 11);
    assertThat(ours.following(4)).isEqualTo(7);
    assertThat(ours.preceding(7)).isEqualTo(3);
  }

  private static List<Integer> all(BreakIterator it) {
    List<Integer> result = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      result.add(b);
    }
    return result;
  }
}
