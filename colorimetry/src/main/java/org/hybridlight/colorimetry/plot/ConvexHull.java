package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * The convex hull of chromaticity points by Andrew's monotone chain (A. M. Andrew, "Another efficient algorithm for
 * convex hulls in two dimensions", Inf. Process. Lett. 9(5), 216–219 (1979), doi:10.1016/0020-0190(79)90069-3).
 */
final class ConvexHull {

    private ConvexHull() {
    }

    /** The hull of {@code points}, counter-clockwise; two points give both, sorted, one the point itself. */
    static List<Chromaticity> of(List<Chromaticity> points) {
        List<Chromaticity> p = new ArrayList<>(points);
        p.sort(Comparator.comparingDouble(Chromaticity::x).thenComparingDouble(Chromaticity::y));
        if (p.size() < 3) {
            return List.copyOf(p);
        }
        List<Chromaticity> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (Chromaticity c : p) {
                while (hull.size() >= start + 2
                        && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), c) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(c);
            }
            hull.remove(hull.size() - 1);
            Collections.reverse(p);
        }
        return List.copyOf(hull);
    }

    private static double cross(Chromaticity o, Chromaticity a, Chromaticity b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
