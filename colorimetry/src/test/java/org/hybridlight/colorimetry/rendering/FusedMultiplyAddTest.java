package org.hybridlight.colorimetry.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Runs in the default test JVM and again with {@code -XX:-UseFMA} (the colorimetry module's surefire set-up). */
class FusedMultiplyAddTest {

    @Test
    void theChoiceIsHotSpotsOwnAndBothFormsAgreeToARounding() {
        String useFma = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("UseFMA")
                .getValue();
        assertThat(FusedMultiplyAdd.HARDWARE).isEqualTo(Boolean.parseBoolean(useFma));
        double a = 0.1;
        double b = 3.3;
        double c = -0.33;
        // 0.1 × 3.3 is not exactly 0.33: fused, the difference survives; unfused it is rounded away first
        double expected = FusedMultiplyAdd.HARDWARE ? Math.fma(a, b, c) : a * b + c;
        assertThat(FusedMultiplyAdd.madd(a, b, c)).isEqualTo(expected);
        assertThat(Math.abs(FusedMultiplyAdd.madd(a, b, c) - (a * b + c))).isLessThan(1e-16);
    }
}
