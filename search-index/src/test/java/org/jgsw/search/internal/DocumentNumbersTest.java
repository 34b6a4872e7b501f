package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumbersTest {

  @Nested
  class StandardNumbers {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "DB51/T 2500-2018",
          "DB51/T2500-2018",
          "db51t2500-2018",
          "DB51/T 2500—2018", // em dash, as printed on the standard's cover
          "DB51/T 2500–2018", // en dash
          "DB51/T 2500 - 2018",
          "DB51/T 2500 2018",
          "ＤＢ５１／Ｔ　２５００－２０１８", // full-width, typed with a Chinese IME
          "ＤＢ５１／Ｔ ２５００—２０１８",
          "  DB51/T 2500-2018  ",
          "《DB51/T 2500-2018》",
          "(DB51/T 2500-2018)",
          "DB51\\T 2500-2018",
          "DB51_T_2500-2018"
        })
    void waysOfWritingTheSameEditionGiveOneKey(String typed) {
      assertThat(DocumentNumbers.normalise(typed)).isEqualTo("db51t2500-2018");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"DB51/T 2500", "db51t2500", "DB51T2500", "ＤＢ５１／Ｔ２５００", "DB51/T 2500-"})
    void numbersWithoutAYearGiveTheKeyWithoutYear(String typed) {
      assertThat(DocumentNumbers.normalise(typed)).isEqualTo("db51t2500");
    }

    @ParameterizedTest(name = "query \"{0}\" finds \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "DB51/T 2500  | DB51/T 2500-2018",
          "db51t2500    | DB51/T 2500-2018",
          "gbt2887      | GB/T 2887-2011",
          "GB/T 2887    | GB/T 2887—2011",
          "ＧＢ／Ｔ２８８７ | GB/T 2887-2011",
          "GB 50016     | GB 50016-2014",
          "GBJ 16       | GBJ 16-87",
          "ISO 9001     | ISO 9001:2015"
        })
    void aQueryWithoutYearMatchesTheNumberWithoutYear(String query, String documentNumber) {
      assertThat(DocumentNumbers.normalise(query))
          .isEqualTo(DocumentNumbers.normaliseWithoutYear(documentNumber));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "GB/T 2887-2011         | gbt2887-2011",
          "ＧＢ／Ｔ ２８８７－２０１１   | gbt2887-2011",
          "GB 50016-2014          | gb50016-2014",
          "GB/T 1.1-2020          | gbt1.1-2020",
          "GB/T 20000.1-2014      | gbt20000.1-2014",
          "JGJ/T 123-2018         | jgjt123-2018",
          "T/CECS 10001-2019      | tcecs10001-2019",
          "Q/GDW 1168-2013        | qgdw1168-2013",
          "ISO 9001:2015          | iso9001-2015",
          "ISO/IEC 27001:2013     | isoiec27001-2013",
          "GBJ 16-87              | gbj16-1987",
          "GB 3100-93             | gb3100-1993",
          "IEC 60601-1            | iec60601-1",
          "IEC 60601-1-2:2014     | iec60601-1-2-2014",
          "IEC 61000-4-30         | iec61000-4-30",
          "GB-T 2887              | gbt2887"
        })
    void keysKeepWhatDistinguishesNumbers(String typed, String key) {
      assertThat(DocumentNumbers.normalise(typed)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "DB51/T 2500-2018   | db51t2500",
          "GB/T 2887-2011     | gbt2887",
          "GB/T 1.1-2020      | gbt1.1",
          "ISO 9001:2015      | iso9001",
          "GBJ 16-87          | gbj16",
          "IEC 60601-1-2:2014 | iec60601-1-2",
          "IEC 60601-1        | iec60601-1",
          "gbt2887            | gbt2887"
        })
    void withoutYearDropsOnlyTheYear(String typed, String key) {
      assertThat(DocumentNumbers.normaliseWithoutYear(typed)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" ≠ \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "DB51/T 2500-2018 | DB51/T 2500-2019", // another edition
          "DB51/T 2500      | DB52/T 2500", // another province
          "DB51/T 2500      | DB51/T 25000",
          "GB/T 2887        | GB 2887", // recommended vs mandatory
          "GB/T 1.1         | GB/T 11", // part 1 of standard 1 vs standard 11
          "GB/T 1.1         | GB/T 1.11",
          "IEC 60601-1      | IEC 606011",
          "IEC 60601-1      | IEC 60601-12"
        })
    void differentNumbersStayApart(String one, String other) {
      assertThat(DocumentNumbers.normalise(one)).isNotEqualTo(DocumentNumbers.normalise(other));
    }
  }

  @Nested
  class IssueNumbers {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "国办发〔2017〕71号",
          "国办发[2017]71号",
          "国办发［2017］71号",
          "国办发 2017 71号",
          "国办发(2017)71号",
          "国办发（2017）71号",
          "国办发【2017】71号",
          "国办发﹝2017﹞71号",
          "国办发〔2017〕第71号",
          "国办发〔2017〕071号",
          "国办发 〔2017〕 71 号",
          "国办发〔２０１７〕７１号",
          "国办发〔2017〕71",
          "国办发201771号",
          "（国办发〔2017〕71号）",
          " 国办发〔2017〕71号。"
        })
    void waysOfWritingTheSameIssueNumberGiveTheOfficialForm(String typed) {
      assertThat(DocumentNumbers.normalise(typed)).isEqualTo("国办发〔2017〕71号");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "国函[2019]1号        | 国函〔2019〕1号",
          "财办字(2019)5号      | 财办字〔2019〕5号",
          "川府发〔2020〕12号   | 川府发〔2020〕12号",
          "国发明电〔2020〕1号  | 国发明电〔2020〕1号"
        })
    void otherIssuingAuthorities(String typed, String key) {
      assertThat(DocumentNumbers.normalise(typed)).isEqualTo(key);
    }

    @Test
    void theYearIsPartOfAnIssueNumberAndIsKept() {
      assertThat(DocumentNumbers.normaliseWithoutYear("国办发[2017]71号")).isEqualTo("国办发〔2017〕71号");
    }

    @ParameterizedTest(name = "\"{0}\" ≠ \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "国办发〔2017〕71号 | 国办发〔2018〕71号",
          "国办发〔2017〕71号 | 国办发〔2017〕7号",
          "国办发〔2017〕71号 | 国办发〔2017〕710号",
          "国办发〔2017〕71号 | 国发〔2017〕71号"
        })
    void differentIssueNumbersStayApart(String one, String other) {
      assertThat(DocumentNumbers.normalise(one)).isNotEqualTo(DocumentNumbers.normalise(other));
    }
  }

  @Nested
  class AnyInput {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "　", "《》", "（ ）"})
    void nothingToNormaliseGivesTheEmptyString(String typed) {
      assertThat(DocumentNumbers.normalise(typed)).isEmpty();
      assertThat(DocumentNumbers.normaliseWithoutYear(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"-", "—", "/", "号", "〔〕", "〔2017〕", "国办发", "2018", "-2018", "::", "\u0000", "𠀀"})
    void oddInputNeverThrows(String typed) {
      assertThatNoException().isThrownBy(() -> DocumentNumbers.normalise(typed));
      assertThatNoException().isThrownBy(() -> DocumentNumbers.normaliseWithoutYear(typed));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "DB51/T 2500-2018",
          "DB51/T 2500",
          "GB/T 1.1-2020",
          "GBJ 16-87",
          "IEC 60601-1",
          "IEC 61000-4-30",
          "ISO 9001:2015",
          "国办发(2017)71号",
          "某个没有编号的文件"
        })
    void keysAreStable(String typed) {
      String key = DocumentNumbers.normalise(typed);

      assertThat(DocumentNumbers.normalise(key)).isEqualTo(key);
      assertThat(DocumentNumbers.normaliseWithoutYear(DocumentNumbers.normaliseWithoutYear(typed)))
          .isEqualTo(DocumentNumbers.normaliseWithoutYear(typed));
    }
  }
}
