package org.jgsw.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryBuilderTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "DB51/T 2500-2018       | db51t2500-2018",
      "DB51/T2500             | db51t2500",
      "db51t2500              | db51t2500",
      "GB/T 2887              | gbt2887",
      "国办发〔2017〕71号        | 国办发〔2017〕71号",
      "国办发 2017 71号         | 国办发〔2017〕71号",
      "关于国办发[2017]71号的解读 | 国办发〔2017〕71号"})
  void findsNumbersTypedAnyWayInAQuery(String typed, String key) {
    assertThat(QueryBuilder.numberKeys(typed)).contains(key);
  }
}
