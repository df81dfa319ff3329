package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The plain CLI jar is shaded from this module's runtime classpath, which the tests see: Spark and Scala must not
 * be on it (they belong to module batch-spark and its own jar).
 */
class NoSparkTest {

    @Test
    void sparkAndScalaAreNotOnTheCliClasspath() {
        ClassLoader loader = HybridLight.class.getClassLoader();
        assertThatThrownBy(() -> Class.forName("org.apache.spark.SparkConf", false, loader))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("scala.Option", false, loader))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
