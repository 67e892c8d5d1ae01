/**
 * JMH microbenchmarks of the hot stages, on small fictional articles shipped with this module. Build
 * and run: {@code mvn -B -ntp -Pjmh package -DskipTests -pl whosaid-jmh -am} then
 * {@code java -jar whosaid-jmh/target/benchmarks.jar}.
 */
package org.whosaid.jmh;
